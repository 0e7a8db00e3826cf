package io.sentinelforge.eval.value;

import java.util.Objects;

/**
 * The null of a KQL type ({@code int(null)}, {@code datetime(null)}, {@code dynamic(null)}, …).
 * There is no string null: use {@link Values#nullOf} which gives {@code ""} for strings.
 */
public record NullValue(KqlType type) implements Value {

  public NullValue {
    Objects.requireNonNull(type, "type");
    if (type == KqlType.STRING) {
      throw new IllegalArgumentException("string has no null; use the empty string");
    }
  }

  @Override
  public boolean isNull() {
    return true;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitNull(this);
  }
}
