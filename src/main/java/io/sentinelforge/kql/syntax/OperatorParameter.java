package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** An operator parameter such as kind=inner, hint.strategy=shuffle, withsource=T. */
public record OperatorParameter(String name, Expression value, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public OperatorParameter {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(value);
    return children;
  }
}
