package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One expanded column of mv-expand/mv-apply, with an optional to typeof(type). May be null when
 * absent: toType.
 */
public record MvExpandItem(Expression column, String toType, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public MvExpandItem {
    java.util.Objects.requireNonNull(column, "column");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(column);
    return children;
  }
}
