package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The find operator. */
public record FindOperator(
    List<OperatorParameter> parameters,
    List<Expression> tables,
    Expression predicate,
    boolean projectSmart,
    List<Expression> projection,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public FindOperator {
    parameters = List.copyOf(parameters);
    tables = List.copyOf(tables);
    java.util.Objects.requireNonNull(predicate, "predicate");
    projection = List.copyOf(projection);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitFindOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(tables);
    children.add(predicate);
    children.addAll(projection);
    return children;
  }
}
