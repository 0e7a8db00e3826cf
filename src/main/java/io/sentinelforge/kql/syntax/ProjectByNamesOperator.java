package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The project-by-names operator; each specifier is a scalar expression giving a column name, a
 * wildcard pattern or a dynamic array of names.
 */
public record ProjectByNamesOperator(List<Expression> columns, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public ProjectByNamesOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitProjectByNamesOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return new ArrayList<>(columns);
  }
}
