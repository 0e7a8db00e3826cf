package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The partition by operator. */
public record PartitionOperator(
    List<OperatorParameter> parameters, Expression by, Expression subquery, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public PartitionOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(subquery, "subquery");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitPartitionOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.add(by);
    children.add(subquery);
    return children;
  }
}
