package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One aggregate of make-series with its optional default= value. May be null when absent:
 * defaultValue.
 */
public record MakeSeriesAggregate(Expression aggregate, Expression defaultValue, Span span)
    implements SyntaxNode {

  /** Validates and copies components. */
  public MakeSeriesAggregate {
    java.util.Objects.requireNonNull(aggregate, "aggregate");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(aggregate);
    if (defaultValue != null) {
      children.add(defaultValue);
    }
    return children;
  }
}
