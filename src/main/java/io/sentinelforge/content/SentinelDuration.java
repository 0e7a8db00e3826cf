package io.sentinelforge.content;

import java.time.Duration;
import java.util.Optional;

/**
 * Parses {@code queryFrequency}/{@code queryPeriod} strings: {@code <int>m|h|d}, or the .NET
 * TimeSpan forms {@code hh:mm[:ss]} and {@code d.hh:mm[:ss]} the repository's parser also accepts.
 */
public final class SentinelDuration {

  private SentinelDuration() {}

  /** The duration, or empty when the text is not a valid duration string. */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.trim();
    if (value.contains(":")) {
      return timeSpan(value);
    }
    if (value.length() < 2) {
      return Optional.empty();
    }
    String digits = value.substring(0, value.length() - 1);
    if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
      return Optional.empty();
    }
    long amount = Long.parseLong(digits);
    switch (value.charAt(value.length() - 1)) {
      case 'm':
        return Optional.of(Duration.ofMinutes(amount));
      case 'h':
        return Optional.of(Duration.ofHours(amount));
      case 'd':
        return Optional.of(Duration.ofDays(amount));
      default:
        return Optional.empty();
    }
  }

  private static Optional<Duration> timeSpan(String value) {
    String days = "0";
    String clock = value;
    int dot = value.indexOf('.');
    if (dot >= 0 && dot < value.indexOf(':')) {
      days = value.substring(0, dot);
      clock = value.substring(dot + 1);
    }
    String[] parts = clock.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || !numeric(days)) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (!numeric(part) || part.length() > 2) {
        return Optional.empty();
      }
    }
    long hours = Long.parseLong(parts[0]);
    long minutes = Long.parseLong(parts[1]);
    long seconds = parts.length == 3 ? Long.parseLong(parts[2]) : 0;
    if (hours > 23 || minutes > 59 || seconds > 59) {
      return Optional.empty();
    }
    return Optional.of(
        Duration.ofDays(Long.parseLong(days))
            .plusHours(hours)
            .plusMinutes(minutes)
            .plusSeconds(seconds));
  }

  private static boolean numeric(String text) {
    return !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(Character::isDigit);
  }

  /** The ISO 8601 form ARM wants: {@code PT5M}, {@code PT1H}, {@code P1D}, {@code P2DT1H30M}. */
  public static String toIso(Duration duration) {
    long days = duration.toDays();
    Duration rest = duration.minusDays(days);
    StringBuilder iso = new StringBuilder("P");
    if (days > 0) {
      iso.append(days).append('D');
    }
    if (!rest.isZero() || days == 0) {
      iso.append('T');
      if (rest.toHours() > 0) {
        iso.append(rest.toHours()).append('H');
      }
      if (rest.toMinutesPart() > 0) {
        iso.append(rest.toMinutesPart()).append('M');
      }
      if (rest.toSecondsPart() > 0 || rest.isZero()) {
        iso.append(rest.toSecondsPart()).append('S');
      }
    }
    return iso.toString();
  }
}
