package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The datatable operator: a schema and the values row by row. */
public record DataTableOperator(List<ColumnDeclaration> columns, List<Expression> values, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public DataTableOperator {
    columns = List.copyOf(columns);
    values = List.copyOf(values);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitDataTableOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    children.addAll(values);
    return children;
  }
}
