package io.sentinelforge.eval.table;

import java.time.Instant;

/**
 * KQL's 100-nanosecond ticks. Datetime cells hold ticks since 1970-01-01T00:00:00Z (negative
 * before), timespan cells hold a signed tick count.
 */
public final class Ticks {

  /** Ticks in one millisecond. */
  public static final long PER_MILLISECOND = 10_000L;

  /** Ticks in one second. */
  public static final long PER_SECOND = 10_000_000L;

  /** Ticks in one minute. */
  public static final long PER_MINUTE = 60 * PER_SECOND;

  /** Ticks in one hour. */
  public static final long PER_HOUR = 60 * PER_MINUTE;

  /** Ticks in one day. */
  public static final long PER_DAY = 24 * PER_HOUR;

  private Ticks() {}

  /** The datetime ticks of an instant (sub-tick nanoseconds are dropped). */
  public static long fromInstant(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), PER_SECOND), instant.getNano() / 100);
  }

  /** The instant of datetime ticks. */
  public static Instant toInstant(long ticks) {
    long seconds = Math.floorDiv(ticks, PER_SECOND);
    long rest = Math.floorMod(ticks, PER_SECOND);
    return Instant.ofEpochSecond(seconds, rest * 100);
  }
}
