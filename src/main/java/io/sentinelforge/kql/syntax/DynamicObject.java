package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A JSON object (property bag) inside dynamic(...). */
public record DynamicObject(List<DynamicProperty> properties, Span span) implements DynamicValue {

  /** Validates and copies components. */
  public DynamicObject {
    properties = List.copyOf(properties);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(DynamicValueVisitor<R> visitor) {
    return visitor.visitDynamicObject(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(properties);
    return children;
  }
}
