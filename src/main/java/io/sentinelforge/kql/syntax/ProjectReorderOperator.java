package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The project-reorder operator; columns are names or patterns with an optional order. */
public record ProjectReorderOperator(List<SortExpression> columns, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ProjectReorderOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitProjectReorderOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
