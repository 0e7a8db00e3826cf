package io.sentinelforge.eval.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses timespans as KQL literals and {@code totimespan()} do: {@code 2d}, {@code 1.5h}, {@code
 * 30min}, {@code 100ms}, {@code 10tick}…, and the clock form {@code [-][d.]hh:mm[:ss[.fffffff]]}.
 */
public final class TimespanParser {

  private static final Pattern UNIT =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?|-?\\.\\d+)\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK =
      Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,7}))?)?");
  private static final Pattern DAYS_ONLY = Pattern.compile("(-)?(\\d+)");

  private static final long DAY = TimespanValue.TICKS_PER_DAY;
  private static final long HOUR = TimespanValue.TICKS_PER_HOUR;
  private static final long MINUTE = TimespanValue.TICKS_PER_MINUTE;
  private static final long SECOND = TimespanValue.TICKS_PER_SECOND;
  private static final long MILLI = TimespanValue.TICKS_PER_MILLISECOND;

  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("d", DAY),
          Map.entry("day", DAY),
          Map.entry("days", DAY),
          Map.entry("h", HOUR),
          Map.entry("hr", HOUR),
          Map.entry("hrs", HOUR),
          Map.entry("hour", HOUR),
          Map.entry("hours", HOUR),
          Map.entry("m", MINUTE),
          Map.entry("min", MINUTE),
          Map.entry("minute", MINUTE),
          Map.entry("minutes", MINUTE),
          Map.entry("s", SECOND),
          Map.entry("sec", SECOND),
          Map.entry("second", SECOND),
          Map.entry("seconds", SECOND),
          Map.entry("ms", MILLI),
          Map.entry("milli", MILLI),
          Map.entry("millis", MILLI),
          Map.entry("millisecond", MILLI),
          Map.entry("milliseconds", MILLI),
          Map.entry("microsecond", 10L),
          Map.entry("microseconds", 10L),
          Map.entry("tick", 1L),
          Map.entry("ticks", 1L));

  private TimespanParser() {}

  /** The ticks of the text, or empty when it is not a timespan. */
  public static OptionalLong parse(String text) {
    String trimmed = text.trim();
    Matcher unit = UNIT.matcher(trimmed);
    if (unit.matches()) {
      Long factor = UNITS.get(unit.group(2).toLowerCase(Locale.ROOT));
      if (factor == null) {
        return OptionalLong.empty();
      }
      BigDecimal ticks = new BigDecimal(unit.group(1)).multiply(BigDecimal.valueOf(factor));
      return OptionalLong.of(ticks.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }
    Matcher clock = CLOCK.matcher(trimmed);
    if (clock.matches()) {
      return OptionalLong.of(clockTicks(clock));
    }
    Matcher days = DAYS_ONLY.matcher(trimmed);
    if (days.matches()) {
      long ticks = Long.parseLong(days.group(2)) * DAY;
      return OptionalLong.of(days.group(1) != null ? -ticks : ticks);
    }
    return OptionalLong.empty();
  }

  private static long clockTicks(Matcher clock) {
    long ticks =
        number(clock.group(2)) * DAY
            + number(clock.group(3)) * HOUR
            + number(clock.group(4)) * MINUTE
            + number(clock.group(5)) * SECOND;
    String fraction = clock.group(6);
    if (fraction != null) {
      ticks += Long.parseLong((fraction + "0000000").substring(0, 7));
    }
    return clock.group(1) != null ? -ticks : ticks;
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
