package io.sentinelforge.verify.spec;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses test-data timestamps: relative offsets such as {@code -30s}, {@code -10m}, {@code -2h},
 * {@code -3d}, {@code +1.5h}, {@code -250ms}, or ISO 8601 date-times (a missing zone means UTC).
 */
public final class TimeText {

  private TimeText() {}

  /** The time point written in {@code text}, or empty when it is neither form. */
  public static Optional<TimePoint> parse(String text) {
    String trimmed = text.trim();
    Optional<Duration> offset = parseOffset(trimmed);
    if (offset.isPresent()) {
      return Optional.of(new TimePoint.Relative(offset.get(), trimmed));
    }
    return parseInstant(trimmed).map(TimePoint.Absolute::new);
  }

  /** True when {@code text} is written as a relative offset. */
  public static boolean isRelative(String text) {
    return parseOffset(text.trim()).isPresent();
  }

  /** An ISO 8601 instant; a date-time without zone is taken as UTC. */
  public static Optional<Instant> parseInstant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withoutZone) {
      try {
        return Optional.of(java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC));
      } catch (DateTimeParseException notIso) {
        return Optional.empty();
      }
    }
  }

  /** A signed offset: sign, decimal number, unit (ms, s, m, h, d). */
  static Optional<Duration> parseOffset(String text) {
    if (text.length() < 3 || (text.charAt(0) != '-' && text.charAt(0) != '+')) {
      return Optional.empty();
    }
    int unitStart = text.length();
    while (unitStart > 1 && Character.isLetter(text.charAt(unitStart - 1))) {
      unitStart--;
    }
    String number = text.substring(1, unitStart);
    Long nanosPerUnit = nanosPerUnit(text.substring(unitStart));
    if (nanosPerUnit == null || !isDecimal(number)) {
      return Optional.empty();
    }
    double nanos = Double.parseDouble(number) * nanosPerUnit;
    Duration duration = Duration.ofNanos(Math.round(nanos));
    return Optional.of(text.charAt(0) == '-' ? duration.negated() : duration);
  }

  private static Long nanosPerUnit(String unit) {
    switch (unit) {
      case "ms":
        return 1_000_000L;
      case "s":
        return 1_000_000_000L;
      case "m":
        return 60_000_000_000L;
      case "h":
        return 3_600_000_000_000L;
      case "d":
        return 86_400_000_000_000L;
      default:
        return null;
    }
  }

  private static boolean isDecimal(String number) {
    if (number.isEmpty() || number.length() > 12) {
      return false;
    }
    int dots = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return dots <= 1 && number.charAt(0) != '.' && number.charAt(number.length() - 1) != '.';
  }
}
