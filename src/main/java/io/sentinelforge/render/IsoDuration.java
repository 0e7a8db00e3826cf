package io.sentinelforge.render;

import java.time.Duration;

/** Formats a duration the way ARM and the Sentinel packager write them: P1D, PT1H, P2DT1H30M. */
public final class IsoDuration {

  private IsoDuration() {}

  /** ISO 8601 text with whole days as {@code D} (Java's own form would say PT24H). */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration " + duration);
    }
    long days = duration.toDays();
    Duration rest = duration.minusDays(days);
    StringBuilder text = new StringBuilder("P");
    if (days > 0) {
      text.append(days).append('D');
    }
    if (!rest.isZero() || days == 0) {
      text.append('T');
      appendPart(text, rest.toHours(), 'H');
      appendPart(text, rest.toMinutesPart(), 'M');
      if (rest.toSecondsPart() > 0 || (rest.toHours() == 0 && rest.toMinutesPart() == 0)) {
        text.append(rest.toSecondsPart()).append('S');
      }
    }
    return text.toString();
  }

  private static void appendPart(StringBuilder text, long value, char unit) {
    if (value > 0) {
      text.append(value).append(unit);
    }
  }
}
