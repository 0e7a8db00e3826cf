package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The top N by expression operator. */
public record TopOperator(Expression count, SortExpression by, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public TopOperator {
    java.util.Objects.requireNonNull(count, "count");
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitTopOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(count);
    children.add(by);
    return children;
  }
}
