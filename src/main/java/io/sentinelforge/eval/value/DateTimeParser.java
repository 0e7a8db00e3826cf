package io.sentinelforge.eval.value;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses datetime text as KQL's {@code todatetime()} and {@code datetime(...)} literals do: ISO
 * 8601 (date only, {@code T} or space separator, up to 7 fractional digits, {@code Z} or offset),
 * {@code MM/dd/yyyy} and {@code MM-dd-yyyy}, RFC 822/1123, Unix-style {@code yyyy/MM/dd}, and
 * {@code yyyy, M, d}; spaces around the separators of a year-first date are allowed (the
 * sliding_window_counts reference example writes {@code datetime(2017 - 08 - 01)}).
 */
public final class DateTimeParser {

  // Fixed internal patterns (not user regexes), so java.util.regex is fine here.
  private static final String TIME =
      "(?:[T ]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d+))?)?)?"
          + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?";
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})\\s*[-/]\\s*(\\d{1,2})\\s*[-/]\\s*(\\d{1,2})" + TIME, Pattern.CASE_INSENSITIVE);

  /**
   * Year, month, day separated by commas: the endofweek reference example writes {@code
   * datetime(2025, 6, 14)}.
   */
  private static final Pattern COMMAS =
      Pattern.compile("(\\d{4}),\\s*(\\d{1,2}),\\s*(\\d{1,2})" + TIME, Pattern.CASE_INSENSITIVE);

  private static final Pattern US =
      Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);

  private DateTimeParser() {}

  /** The ticks of the text, or empty when KQL would give {@code datetime(null)}. */
  public static OptionalLong parse(String text) {
    String trimmed = text.trim();
    try {
      Matcher iso = ISO.matcher(trimmed);
      if (iso.matches()) {
        return build(iso, 1, 2, 3);
      }
      Matcher commas = COMMAS.matcher(trimmed);
      if (commas.matches()) {
        return build(commas, 1, 2, 3);
      }
      Matcher us = US.matcher(trimmed);
      if (us.matches()) {
        return build(us, 3, 1, 2);
      }
      return rfc(trimmed);
    } catch (DateTimeException | ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  private static OptionalLong build(Matcher m, int year, int month, int day) {
    LocalDateTime time =
        LocalDateTime.of(
            Integer.parseInt(m.group(year)),
            Integer.parseInt(m.group(month)),
            Integer.parseInt(m.group(day)),
            number(m.group(4)),
            number(m.group(5)),
            number(m.group(6)));
    long ticks = DateTimes.toTicks(time) + fractionTicks(m.group(7));
    ticks -= offsetTicks(m.group(8));
    if (ticks < DateTimeValue.MIN_TICKS || ticks > DateTimeValue.MAX_TICKS) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ticks);
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  private static long fractionTicks(String digits) {
    if (digits == null) {
      return 0;
    }
    String seven = (digits + "0000000").substring(0, 7);
    return Long.parseLong(seven);
  }

  private static long offsetTicks(String zone) {
    if (zone == null || zone.length() <= 3) {
      return 0;
    }
    String digits = zone.substring(1).replace(":", "");
    long minutes =
        Integer.parseInt(digits.substring(0, 2)) * 60L + Integer.parseInt(digits.substring(2));
    long ticks = minutes * TimespanValue.TICKS_PER_MINUTE;
    return zone.charAt(0) == '-' ? -ticks : ticks;
  }

  private static OptionalLong rfc(String text) {
    String normalized = text.replaceAll("\\s+", " ").replace(" UTC", " GMT");
    for (DateTimeFormatter formatter : RFC_FORMATS) {
      try {
        ZonedDateTime zoned = ZonedDateTime.parse(normalized, formatter);
        return OptionalLong.of(DateTimes.toTicks(zoned.toInstant()));
      } catch (DateTimeParseException e) {
        // try the next accepted form
      }
    }
    return OptionalLong.empty();
  }

  private static final DateTimeFormatter[] RFC_FORMATS = {
    DateTimeFormatter.ofPattern("EEE, d MMM yy H:mm[:ss] z", Locale.ENGLISH),
    DateTimeFormatter.RFC_1123_DATE_TIME,
    DateTimeFormatter.ofPattern("d MMM yyyy H:mm[:ss] z", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("d MMM yy H:mm[:ss] z", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss z", Locale.ENGLISH),
  };
}
