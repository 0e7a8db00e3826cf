package io.sentinelforge.eval.value;

/** A {@code dynamic} property bag; keeps insertion order and is immutable. */
public record BagValue(java.util.Map<String, Value> properties) implements Value {
  public BagValue {
    properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }

  @Override
  public KqlType type() {
    return KqlType.DYNAMIC;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitBag(this);
  }
}
