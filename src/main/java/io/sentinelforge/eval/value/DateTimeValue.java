package io.sentinelforge.eval.value;

/** A KQL {@code datetime}: 100 ns ticks since 1970-01-01T00:00:00Z (negative before). */
public record DateTimeValue(long ticks) implements Value {
  /** KQL datetimes lie in [0001-01-01, 9999-12-31T23:59:59.9999999]. */
  public static final long MIN_TICKS = -621355968000000000L;

  public static final long MAX_TICKS = 2534023007999999999L;

  @Override
  public KqlType type() {
    return KqlType.DATETIME;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitDateTime(this);
  }
}
