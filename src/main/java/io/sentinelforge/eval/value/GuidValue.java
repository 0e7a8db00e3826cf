package io.sentinelforge.eval.value;

/** A KQL {@code guid}. */
public record GuidValue(java.util.UUID value) implements Value {
  public GuidValue {
    java.util.Objects.requireNonNull(value, "value");
  }

  @Override
  public KqlType type() {
    return KqlType.GUID;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitGuid(this);
  }
}
