package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The take (or limit) operator. */
public record TakeOperator(Expression count, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public TakeOperator {
    java.util.Objects.requireNonNull(count, "count");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitTakeOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(count);
    return children;
  }
}
