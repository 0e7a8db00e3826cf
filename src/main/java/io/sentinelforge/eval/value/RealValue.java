package io.sentinelforge.eval.value;

/** A KQL {@code real} (IEEE double). */
public record RealValue(double value) implements Value {

  @Override
  public KqlType type() {
    return KqlType.REAL;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitReal(this);
  }
}
