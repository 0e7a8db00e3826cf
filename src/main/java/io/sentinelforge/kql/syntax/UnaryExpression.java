package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A unary - or +. */
public record UnaryExpression(String operator, Expression operand, Span span)
    implements Expression {

  /** Validates and copies components. */
  public UnaryExpression {
    java.util.Objects.requireNonNull(operator, "operator");
    java.util.Objects.requireNonNull(operand, "operand");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitUnaryExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(operand);
    return children;
  }
}
