package io.sentinelforge.eval.value;

/** A KQL {@code string}; never null (the empty string stands for a missing string). */
public record StringValue(String value) implements Value {
  public StringValue {
    java.util.Objects.requireNonNull(value, "value");
  }

  @Override
  public KqlType type() {
    return KqlType.STRING;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitString(this);
  }
}
