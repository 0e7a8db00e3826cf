package io.sentinelforge.eval.value;

/** A {@code dynamic} JSON array; elements are immutable. */
public record ArrayValue(java.util.List<Value> elements) implements Value {
  public ArrayValue {
    elements = java.util.List.copyOf(elements);
  }

  @Override
  public KqlType type() {
    return KqlType.DYNAMIC;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitArray(this);
  }
}
