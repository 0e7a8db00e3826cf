package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A JSON array inside dynamic(...). */
public record DynamicArray(List<DynamicValue> elements, Span span) implements DynamicValue {

  /** Validates and copies components. */
  public DynamicArray {
    elements = List.copyOf(elements);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(DynamicValueVisitor<R> visitor) {
    return visitor.visitDynamicArray(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(elements);
    return children;
  }
}
