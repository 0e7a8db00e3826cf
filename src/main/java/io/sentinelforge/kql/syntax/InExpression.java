package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A set membership operator (in, !in, in~, !in~, has_any, has_all) with its parenthesised values or
 * subquery.
 */
public record InExpression(String operator, Expression left, List<Expression> values, Span span)
    implements Expression {

  /** Validates and copies components. */
  public InExpression {
    java.util.Objects.requireNonNull(operator, "operator");
    java.util.Objects.requireNonNull(left, "left");
    values = List.copyOf(values);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitInExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(left);
    children.addAll(values);
    return children;
  }
}
