package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The project operator. */
public record ProjectOperator(List<Expression> columns, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public ProjectOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitProjectOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
