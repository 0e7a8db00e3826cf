package io.sentinelforge.eval.load;

import io.sentinelforge.eval.table.Ticks;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Parses timespan text: KQL's {@code [-][d.]hh:mm[:ss[.fffffff]]}, .NET's general {@code
 * [-]d:hh:mm:ss[.fffffff]}, and the literal forms {@code 30s}, {@code 10m}, {@code 2h}, {@code 3d},
 * {@code 100ms}, {@code 5tick}.
 */
public final class TimespanText {

  private TimespanText() {}

  /** Ticks of the timespan text; throws IllegalArgumentException on bad text. */
  public static long parse(String text) {
    String trimmed = text.trim();
    boolean negative = trimmed.startsWith("-");
    String body = negative ? trimmed.substring(1) : trimmed;
    long ticks = body.contains(":") ? parseClock(body, text) : parseUnit(body, text);
    return negative ? -ticks : ticks;
  }

  private static long parseClock(String body, String original) {
    try {
      long days = 0;
      String clock = body;
      int colon = body.indexOf(':');
      int dot = body.indexOf('.');
      boolean dayPrefix = dot >= 0 && dot < colon;
      if (dayPrefix) {
        days = Long.parseLong(body.substring(0, dot));
        clock = body.substring(dot + 1);
      }
      String[] parts = clock.split(":");
      if (parts.length == 4 && !dayPrefix) {
        // .NET's general form d:hh:mm:ss[.fffffff], as the documentation sometimes prints it
        days = Long.parseLong(parts[0]);
        parts = Arrays.copyOfRange(parts, 1, 4);
      }
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalArgumentException("not a timespan: " + original);
      }
      long hours = Long.parseLong(parts[0]);
      long minutes = Long.parseLong(parts[1]);
      long secondTicks = 0;
      if (parts.length == 3) {
        secondTicks = new BigDecimal(parts[2]).movePointRight(7).longValue();
      }
      return days * Ticks.PER_DAY
          + hours * Ticks.PER_HOUR
          + minutes * Ticks.PER_MINUTE
          + secondTicks;
    } catch (NumberFormatException bad) {
      throw new IllegalArgumentException("not a timespan: " + original);
    }
  }

  private static long parseUnit(String body, String original) {
    int split = 0;
    while (split < body.length()
        && (Character.isDigit(body.charAt(split)) || body.charAt(split) == '.')) {
      split++;
    }
    if (split == 0) {
      throw new IllegalArgumentException("not a timespan: " + original);
    }
    BigDecimal amount = new BigDecimal(body.substring(0, split));
    long unit = unitTicks(body.substring(split).trim(), original);
    return amount.multiply(BigDecimal.valueOf(unit)).longValue();
  }

  private static long unitTicks(String unit, String original) {
    switch (unit) {
      case "d":
      case "day":
      case "days":
        return Ticks.PER_DAY;
      case "h":
      case "hr":
      case "hrs":
      case "hour":
      case "hours":
        return Ticks.PER_HOUR;
      case "m":
      case "min":
      case "minute":
      case "minutes":
        return Ticks.PER_MINUTE;
      case "s":
      case "sec":
      case "second":
      case "seconds":
        return Ticks.PER_SECOND;
      case "ms":
      case "milli":
      case "millis":
      case "millisecond":
      case "milliseconds":
        return Ticks.PER_MILLISECOND;
      case "microsecond":
      case "microseconds":
        return 10;
      case "tick":
      case "ticks":
        return 1;
      case "":
        return Ticks.PER_DAY;
      default:
        throw new IllegalArgumentException("not a timespan: " + original);
    }
  }
}
