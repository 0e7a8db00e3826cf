package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression with an optional asc/desc and nulls first/nulls last. May be null when absent:
 * direction, nulls.
 */
public record SortExpression(Expression expression, String direction, String nulls, Span span)
    implements SyntaxNode {

  /** Validates and copies components. */
  public SortExpression {
    java.util.Objects.requireNonNull(expression, "expression");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(expression);
    return children;
  }
}
