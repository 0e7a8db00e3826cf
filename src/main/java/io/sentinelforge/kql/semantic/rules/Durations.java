package io.sentinelforge.kql.semantic.rules;

import java.time.Duration;

/** Writes durations the way KQL and Sentinel write them ({@code 14d}, {@code 5h}, {@code 30m}). */
final class Durations {

  private Durations() {}

  static String format(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds % 86400 == 0) {
      return seconds / 86400 + "d";
    }
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
