package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** between (low .. high) or !between. */
public record BetweenExpression(
    boolean negated, Expression left, Expression low, Expression high, Span span)
    implements Expression {

  /** Validates and copies components. */
  public BetweenExpression {
    java.util.Objects.requireNonNull(left, "left");
    java.util.Objects.requireNonNull(low, "low");
    java.util.Objects.requireNonNull(high, "high");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBetweenExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(left);
    children.add(low);
    children.add(high);
    return children;
  }
}
