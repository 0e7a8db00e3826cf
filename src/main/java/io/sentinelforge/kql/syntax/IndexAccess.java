package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** Bracket access to a dynamic element, such as Parameters[0] or Bag["key"]. */
public record IndexAccess(Expression target, Expression index, Span span) implements Expression {

  /** Validates and copies components. */
  public IndexAccess {
    java.util.Objects.requireNonNull(target, "target");
    java.util.Objects.requireNonNull(index, "index");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitIndexAccess(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(target);
    children.add(index);
    return children;
  }
}
