package io.sentinelforge.kql.syntax;

import java.util.List;

/** The count operator. */
public record CountOperator(Span span) implements QueryOperator {

  /** Validates and copies components. */
  public CountOperator {
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitCountOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
