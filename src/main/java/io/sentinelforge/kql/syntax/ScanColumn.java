package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A column declared by {@code scan declare (...)}, with its default value (null when none). */
public record ScanColumn(ColumnDeclaration column, Expression defaultValue, Span span)
    implements SyntaxNode {

  /** Validates components. */
  public ScanColumn {
    java.util.Objects.requireNonNull(column, "column");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(column);
    if (defaultValue != null) {
      children.add(defaultValue);
    }
    return children;
  }
}
