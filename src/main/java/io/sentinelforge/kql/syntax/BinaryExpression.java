package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A binary operator: arithmetic, comparison, string operator (has, !contains_cs, matches regex...),
 * and, or; operator is its source spelling.
 */
public record BinaryExpression(String operator, Expression left, Expression right, Span span)
    implements Expression {

  /** Validates and copies components. */
  public BinaryExpression {
    java.util.Objects.requireNonNull(operator, "operator");
    java.util.Objects.requireNonNull(left, "left");
    java.util.Objects.requireNonNull(right, "right");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBinaryExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(left);
    children.add(right);
    return children;
  }
}
