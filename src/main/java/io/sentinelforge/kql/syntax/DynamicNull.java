package io.sentinelforge.kql.syntax;

import java.util.List;

/** null inside dynamic(...). */
public record DynamicNull(Span span) implements DynamicValue {

  /** Validates and copies components. */
  public DynamicNull {
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(DynamicValueVisitor<R> visitor) {
    return visitor.visitDynamicNull(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
