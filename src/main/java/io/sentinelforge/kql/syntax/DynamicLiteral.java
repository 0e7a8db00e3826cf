package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A dynamic(...) literal holding a JSON-like value. */
public record DynamicLiteral(DynamicValue value, Span span) implements Expression {

  /** Validates and copies components. */
  public DynamicLiteral {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitDynamicLiteral(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(value);
    return children;
  }
}
