package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The facet by operator. May be null when absent: with. */
public record FacetOperator(List<Expression> columns, Expression with, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public FacetOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitFacetOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    if (with != null) {
      children.add(with);
    }
    return children;
  }
}
