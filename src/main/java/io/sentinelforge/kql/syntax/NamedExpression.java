package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * An assignment Name = value (or (A, B) = value) in project, extend, summarize and similar lists.
 */
public record NamedExpression(List<String> names, Expression value, Span span)
    implements Expression {

  /** Validates and copies components. */
  public NamedExpression {
    names = List.copyOf(names);
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNamedExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(value);
    return children;
  }
}
