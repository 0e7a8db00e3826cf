package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The make-series operator (from/to/step or in range(from, to, step)). May be null when absent:
 * from, to.
 */
public record MakeSeriesOperator(
    List<OperatorParameter> parameters,
    List<MakeSeriesAggregate> aggregates,
    Expression axis,
    boolean inRange,
    Expression from,
    Expression to,
    Expression step,
    List<Expression> groupBy,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public MakeSeriesOperator {
    parameters = List.copyOf(parameters);
    aggregates = List.copyOf(aggregates);
    java.util.Objects.requireNonNull(axis, "axis");
    java.util.Objects.requireNonNull(step, "step");
    groupBy = List.copyOf(groupBy);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitMakeSeriesOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(aggregates);
    children.add(axis);
    if (from != null) {
      children.add(from);
    }
    if (to != null) {
      children.add(to);
    }
    children.add(step);
    children.addAll(groupBy);
    return children;
  }
}
