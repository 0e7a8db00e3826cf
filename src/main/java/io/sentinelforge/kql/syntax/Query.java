package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole query text: statements separated by semicolons; the last one is usually the tabular
 * query.
 */
public record Query(List<Statement> statements, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public Query {
    statements = List.copyOf(statements);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(statements);
    return children;
  }
}
