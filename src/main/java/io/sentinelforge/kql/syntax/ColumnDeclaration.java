package io.sentinelforge.kql.syntax;

import java.util.List;

/** name:type in a datatable, externaldata, parse or parameter schema. */
public record ColumnDeclaration(String name, String type, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public ColumnDeclaration {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
