package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The search operator. */
public record SearchOperator(
    List<OperatorParameter> parameters, List<Expression> tables, Expression predicate, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public SearchOperator {
    parameters = List.copyOf(parameters);
    tables = List.copyOf(tables);
    java.util.Objects.requireNonNull(predicate, "predicate");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitSearchOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(tables);
    children.add(predicate);
    return children;
  }
}
