package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The summarize operator: aggregates and by group keys. */
public record SummarizeOperator(
    List<OperatorParameter> parameters,
    List<Expression> aggregates,
    List<Expression> groupBy,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public SummarizeOperator {
    parameters = List.copyOf(parameters);
    aggregates = List.copyOf(aggregates);
    groupBy = List.copyOf(groupBy);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitSummarizeOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(aggregates);
    children.addAll(groupBy);
    return children;
  }
}
