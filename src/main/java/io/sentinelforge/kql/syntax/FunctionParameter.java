package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter of a user-defined function: scalar (x:string = "a") or tabular (T:(a:string, *)). May
 * be null when absent: scalarType, tabularSchema, defaultValue.
 */
public record FunctionParameter(
    String name, String scalarType, TabularSchema tabularSchema, Expression defaultValue, Span span)
    implements SyntaxNode {

  /** Validates and copies components. */
  public FunctionParameter {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    if (tabularSchema != null) {
      children.add(tabularSchema);
    }
    if (defaultValue != null) {
      children.add(defaultValue);
    }
    return children;
  }
}
