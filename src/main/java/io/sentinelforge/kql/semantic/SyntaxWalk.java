package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.SyntaxNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Visits every node of a syntax tree in source order, without recursion (deep trees are fine). */
public final class SyntaxWalk {

  private SyntaxWalk() {}

  /** Calls {@code visitor} on {@code root} and all its descendants, parents first. */
  public static void visit(SyntaxNode root, Consumer<SyntaxNode> visitor) {
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      if (node == null) {
        continue;
      }
      visitor.accept(node);
      var children = node.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }
}
