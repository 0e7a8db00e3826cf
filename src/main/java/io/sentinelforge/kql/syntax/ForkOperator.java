package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The fork operator. */
public record ForkOperator(List<ForkBranch> branches, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public ForkOperator {
    branches = List.copyOf(branches);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitForkOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(branches);
    return children;
  }
}
