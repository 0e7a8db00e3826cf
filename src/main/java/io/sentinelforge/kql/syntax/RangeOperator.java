package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The range operator generating a single-column table. */
public record RangeOperator(
    String column, Expression from, Expression to, Expression step, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public RangeOperator {
    java.util.Objects.requireNonNull(column, "column");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    java.util.Objects.requireNonNull(step, "step");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitRangeOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(from);
    children.add(to);
    children.add(step);
    return children;
  }
}
