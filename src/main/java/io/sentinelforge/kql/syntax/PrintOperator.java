package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The print operator. */
public record PrintOperator(List<Expression> columns, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public PrintOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitPrintOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
