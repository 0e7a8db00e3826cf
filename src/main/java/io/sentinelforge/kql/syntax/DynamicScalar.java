package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A scalar (string, number, bool, datetime...) inside dynamic(...). */
public record DynamicScalar(Literal value, Span span) implements DynamicValue {

  /** Validates and copies components. */
  public DynamicScalar {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(DynamicValueVisitor<R> visitor) {
    return visitor.visitDynamicScalar(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(value);
    return children;
  }
}
