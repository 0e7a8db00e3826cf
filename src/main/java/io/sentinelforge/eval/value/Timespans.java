package io.sentinelforge.eval.value;

/** KQL's timespan printing: {@code [-][d.]hh:mm:ss[.fffffff]}. */
public final class Timespans {

  private Timespans() {}

  /** {@code tostring(timespan)}. */
  public static String format(long ticks) {
    StringBuilder out = new StringBuilder();
    // Long.MIN_VALUE has no positive counterpart; print it through unsigned arithmetic.
    boolean negative = ticks < 0;
    long magnitude = negative ? -ticks : ticks;
    if (negative) {
      out.append('-');
    }
    long days = Long.divideUnsigned(magnitude, TimespanValue.TICKS_PER_DAY);
    long rest = Long.remainderUnsigned(magnitude, TimespanValue.TICKS_PER_DAY);
    if (days > 0) {
      out.append(days).append('.');
    }
    long hours = rest / TimespanValue.TICKS_PER_HOUR;
    long minutes = rest / TimespanValue.TICKS_PER_MINUTE % 60;
    long seconds = rest / TimespanValue.TICKS_PER_SECOND % 60;
    long fraction = rest % TimespanValue.TICKS_PER_SECOND;
    out.append(String.format("%02d:%02d:%02d", hours, minutes, seconds));
    if (fraction != 0) {
      out.append(String.format(".%07d", fraction));
    }
    return out.toString();
  }
}
