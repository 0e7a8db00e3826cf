package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The sort by (or order by) operator. */
public record SortOperator(List<SortExpression> expressions, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public SortOperator {
    expressions = List.copyOf(expressions);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitSortOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(expressions);
    return children;
  }
}
