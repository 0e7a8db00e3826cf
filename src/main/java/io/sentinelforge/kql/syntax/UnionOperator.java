package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The union operator (piped or as a query source). */
public record UnionOperator(List<OperatorParameter> parameters, List<Expression> tables, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public UnionOperator {
    parameters = List.copyOf(parameters);
    tables = List.copyOf(tables);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitUnionOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(tables);
    return children;
  }
}
