package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** An expression in parentheses (kept so the printer reproduces the source grouping). */
public record ParenthesizedExpression(Expression expression, Span span) implements Expression {

  /** Validates and copies components. */
  public ParenthesizedExpression {
    java.util.Objects.requireNonNull(expression, "expression");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitParenthesizedExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(expression);
    return children;
  }
}
