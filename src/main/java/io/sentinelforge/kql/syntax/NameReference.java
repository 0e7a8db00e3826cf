package io.sentinelforge.kql.syntax;

import java.util.List;

/**
 * A name: a table, column, variable or $left/$right; name is unquoted (['a b'] gives a b) and may
 * contain * wildcards in column patterns.
 */
public record NameReference(String name, Span span) implements Expression {

  /** Validates and copies components. */
  public NameReference {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNameReference(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
