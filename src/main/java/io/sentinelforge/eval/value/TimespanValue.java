package io.sentinelforge.eval.value;

/** A KQL {@code timespan}: a signed count of 100 ns ticks. */
public record TimespanValue(long ticks) implements Value {
  public static final long TICKS_PER_MILLISECOND = 10_000L;
  public static final long TICKS_PER_SECOND = 10_000_000L;
  public static final long TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
  public static final long TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
  public static final long TICKS_PER_DAY = 24 * TICKS_PER_HOUR;

  @Override
  public KqlType type() {
    return KqlType.TIMESPAN;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitTimespan(this);
  }
}
