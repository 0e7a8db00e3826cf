package io.sentinelforge.eval.value;

/** A KQL {@code bool}. */
public record BoolValue(boolean value) implements Value {

  @Override
  public KqlType type() {
    return KqlType.BOOL;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitBool(this);
  }
}
