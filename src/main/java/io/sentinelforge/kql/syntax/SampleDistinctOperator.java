package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The sample-distinct operator. */
public record SampleDistinctOperator(Expression count, Expression column, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public SampleDistinctOperator {
    java.util.Objects.requireNonNull(count, "count");
    java.util.Objects.requireNonNull(column, "column");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitSampleDistinctOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(count);
    children.add(column);
    return children;
  }
}
