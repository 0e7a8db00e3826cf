package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** source | operator: a tabular operator applied to the rows of its source. */
public record PipeExpression(Expression source, QueryOperator operator, Span span)
    implements Expression {

  /** Validates and copies components. */
  public PipeExpression {
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(operator, "operator");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitPipeExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(source);
    children.add(operator);
    return children;
  }
}
