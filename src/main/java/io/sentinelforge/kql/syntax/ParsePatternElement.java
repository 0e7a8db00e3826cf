package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a parse pattern: *, a string literal, or a column with an optional type. May be
 * null when absent: text, columnName, columnType.
 */
public record ParsePatternElement(
    ParsePatternElement.Kind kind, Literal text, String columnName, String columnType, Span span)
    implements SyntaxNode {

  /** Validates and copies components. */
  public ParsePatternElement {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    if (text != null) {
      children.add(text);
    }
    return children;
  }

  /** What a pattern element is. */
  public enum Kind {
    /** {@code *}: any text. */
    WILDCARD,
    /** A string literal that must appear. */
    TEXT,
    /** A column that receives the text. */
    COLUMN
  }
}
