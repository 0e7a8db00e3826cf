package io.sentinelforge.kql.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Limits that keep every later recursive pass (parser, builder, printer, analysers) far from a
 * stack overflow, checked without recursion.
 */
final class TokenChecks {

  /** Deeper bracket nesting than any real query uses; each level costs several parser frames. */
  static final int MAX_BRACKET_DEPTH = 120;

  /** Parse-tree depth; long operator chains such as {@code a or b or ...} nest to the left. */
  static final int MAX_TREE_DEPTH = 2_500;

  /** Pipelines nest to the left in the tree, so their length is a depth too. */
  static final int MAX_PIPED_OPERATORS = 1_000;

  private TokenChecks() {}

  static void checkNesting(List<Token> tokens) {
    int depth = 0;
    for (Token token : tokens) {
      String text = token.getText();
      if (text.equals("(") || text.equals("[") || text.equals("{")) {
        if (++depth > MAX_BRACKET_DEPTH) {
          throw new SyntaxProblem(
              SyntaxCodes.TOO_DEEP,
              "brackets are nested more than " + MAX_BRACKET_DEPTH + " levels deep",
              Spans.of(token));
        }
      } else if (text.equals(")") || text.equals("]") || text.equals("}")) {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  static void checkTreeDepth(ParserRuleContext root) {
    Deque<ParseTree> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    while (!nodes.isEmpty()) {
      ParseTree node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_TREE_DEPTH) {
        Span span = node instanceof ParserRuleContext rule ? Spans.of(rule) : new Span(0, 0);
        throw new SyntaxProblem(
            SyntaxCodes.TOO_DEEP,
            "the expression is too deeply nested (split long chains of operators)",
            span);
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        ParseTree child = node.getChild(i);
        if (child.getChildCount() > 0) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
}
