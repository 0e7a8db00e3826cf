package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The sample operator. */
public record SampleOperator(Expression count, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public SampleOperator {
    java.util.Objects.requireNonNull(count, "count");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitSampleOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(count);
    return children;
  }
}
