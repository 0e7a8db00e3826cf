package io.sentinelforge.eval.value;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Conversions between datetime ticks and {@code java.time}, and KQL's datetime printing. */
public final class DateTimes {

  public static final long TICKS_PER_SECOND = TimespanValue.TICKS_PER_SECOND;

  private DateTimes() {}

  /** The UTC date-time of a tick count. */
  public static LocalDateTime toLocalDateTime(long ticks) {
    long seconds = Math.floorDiv(ticks, TICKS_PER_SECOND);
    int nanos = (int) Math.floorMod(ticks, TICKS_PER_SECOND) * 100;
    return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
  }

  /** The tick count of a UTC date-time (sub-tick nanoseconds are truncated). */
  public static long toTicks(LocalDateTime dateTime) {
    long seconds = dateTime.toEpochSecond(ZoneOffset.UTC);
    return seconds * TICKS_PER_SECOND + dateTime.getNano() / 100;
  }

  /** The tick count of an instant. */
  public static long toTicks(Instant instant) {
    return instant.getEpochSecond() * TICKS_PER_SECOND + instant.getNano() / 100;
  }

  /**
   * {@code tostring(datetime)}: ISO 8601 in UTC with seven fractional digits, e.g. {@code
   * 2020-01-01T00:00:00.0000000Z} (pinned by the documented {@code hash_md5(datetime)} value).
   */
  public static String format(long ticks) {
    return formatFull(ticks);
  }

  /** The short display form, fraction without trailing zeros: {@code 2026-01-15T12:00:00Z}. */
  public static String formatCompact(long ticks) {
    String full = formatFull(ticks);
    int dot = full.indexOf('.');
    int end = full.length() - 1;
    while (end > dot && full.charAt(end - 1) == '0') {
      end--;
    }
    if (end - 1 == dot) {
      end = dot;
    }
    return full.substring(0, end) + "Z";
  }

  /** Always seven fractional digits, as in {@code tostring} and inside dynamic JSON. */
  public static String formatFull(long ticks) {
    LocalDateTime time = toLocalDateTime(ticks);
    long fraction = Math.floorMod(ticks, TICKS_PER_SECOND);
    return String.format(
        "%04d-%02d-%02dT%02d:%02d:%02d.%07dZ",
        time.getYear(),
        time.getMonthValue(),
        time.getDayOfMonth(),
        time.getHour(),
        time.getMinute(),
        time.getSecond(),
        fraction);
  }
}
