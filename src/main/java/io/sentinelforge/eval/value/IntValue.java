package io.sentinelforge.eval.value;

/** A KQL {@code int} (32-bit). */
public record IntValue(int value) implements Value {

  @Override
  public KqlType type() {
    return KqlType.INT;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitInt(this);
  }
}
