package io.sentinelforge.eval.value;

/** A KQL {@code long} (64-bit). */
public record LongValue(long value) implements Value {

  @Override
  public KqlType type() {
    return KqlType.LONG;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitLong(this);
  }
}
