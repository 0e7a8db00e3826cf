package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The schema of a tabular parameter; open when it ends with * (or is just (*)). */
public record TabularSchema(List<ColumnDeclaration> columns, boolean open, Span span)
    implements SyntaxNode {

  /** Validates and copies components. */
  public TabularSchema {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
