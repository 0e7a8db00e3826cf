package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A tabular operator without a piped input: a query source (union, datatable, print, range...) or
 * the first operator of an mv-apply/partition subquery.
 */
public record QueryOperatorExpression(QueryOperator operator, Span span) implements Expression {

  /** Validates and copies components. */
  public QueryOperatorExpression {
    java.util.Objects.requireNonNull(operator, "operator");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitQueryOperatorExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(operator);
    return children;
  }
}
