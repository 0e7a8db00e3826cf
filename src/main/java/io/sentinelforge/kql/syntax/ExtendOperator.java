package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The extend operator. */
public record ExtendOperator(List<Expression> columns, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public ExtendOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitExtendOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
