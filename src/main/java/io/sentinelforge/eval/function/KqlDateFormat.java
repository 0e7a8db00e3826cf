package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.DateTimes;
import io.sentinelforge.eval.value.TimespanValue;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The custom format strings of {@code format_datetime} and {@code format_timespan} (.NET style):
 * runs of {@code d f F h H m M s t y} are fields, everything else is copied.
 */
final class KqlDateFormat {

  private static final String FIELDS = "dfFhHmMsty";

  private KqlDateFormat() {}

  static String formatDatetime(long ticks, String format) {
    LocalDateTime time = DateTimes.toLocalDateTime(ticks);
    long fraction = Math.floorMod(ticks, TimespanValue.TICKS_PER_SECOND);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < format.length(); ) {
      char c = format.charAt(i);
      int run = runLength(format, i);
      if (FIELDS.indexOf(c) < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(datetimeField(c, run, time, fraction));
      i += run;
    }
    return out.toString();
  }

  private static String datetimeField(char c, int run, LocalDateTime time, long fraction) {
    return switch (c) {
      case 'd' ->
          run >= 4
              ? time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              : run == 3
                  ? time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                  : pad(time.getDayOfMonth(), run);
      case 'M' ->
          run >= 4
              ? time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              : run == 3
                  ? time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                  : pad(time.getMonthValue(), run);
      case 'y' -> run <= 2 ? pad(time.getYear() % 100, run) : pad(time.getYear(), run);
      case 'h' -> pad(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12, Math.min(run, 2));
      case 'H' -> pad(time.getHour(), Math.min(run, 2));
      case 'm' -> pad(time.getMinute(), Math.min(run, 2));
      case 's' -> pad(time.getSecond(), Math.min(run, 2));
      case 't' -> (time.getHour() < 12 ? "AM" : "PM").substring(0, Math.min(run, 2));
      default -> fraction(c, run, fraction);
    };
  }

  static String formatTimespan(long ticks, String format) {
    long magnitude = Math.abs(ticks);
    long fraction = magnitude % TimespanValue.TICKS_PER_SECOND;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < format.length(); ) {
      char c = format.charAt(i);
      int run = runLength(format, i);
      if ("dfFhHms".indexOf(c) < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(
          switch (c) {
            case 'd' -> pad(magnitude / TimespanValue.TICKS_PER_DAY, run);
            case 'h', 'H' -> pad(magnitude / TimespanValue.TICKS_PER_HOUR % 24, Math.min(run, 2));
            case 'm' -> pad(magnitude / TimespanValue.TICKS_PER_MINUTE % 60, Math.min(run, 2));
            case 's' -> pad(magnitude / TimespanValue.TICKS_PER_SECOND % 60, Math.min(run, 2));
            default -> fraction(c, run, fraction);
          });
      i += run;
    }
    return (ticks < 0 ? "-" : "") + out;
  }

  private static String fraction(char c, int run, long fraction) {
    String digits = String.format("%07d", fraction).substring(0, Math.min(run, 7));
    if (c == 'F') {
      digits = digits.replaceAll("0+$", "");
    }
    return digits;
  }

  private static int runLength(String format, int start) {
    int end = start;
    while (end < format.length() && format.charAt(end) == format.charAt(start)) {
      end++;
    }
    return end - start;
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
