package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** One "key": value entry of a dynamic object; key is the string literal as written. */
public record DynamicProperty(Literal key, DynamicValue value, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public DynamicProperty {
    java.util.Objects.requireNonNull(key, "key");
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(key);
    children.add(value);
    return children;
  }
}
