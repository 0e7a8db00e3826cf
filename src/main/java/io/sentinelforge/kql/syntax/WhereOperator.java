package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The where (or filter) operator. */
public record WhereOperator(Expression predicate, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public WhereOperator {
    java.util.Objects.requireNonNull(predicate, "predicate");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitWhereOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(predicate);
    return children;
  }
}
