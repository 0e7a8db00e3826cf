package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.util.List;

/**
 * What a case expects: alert and row counts (null when not checked), alerts that must be present
 * ({@code contains}) and alerts that must not ({@code absent}).
 */
public record Expectations(
    CountExpectation alerts,
    CountExpectation rows,
    List<AlertMatcher> contains,
    List<AlertMatcher> absent,
    SourceSpan span) {

  /** Copies the lists. */
  public Expectations {
    contains = List.copyOf(contains);
    absent = List.copyOf(absent);
  }

  /** True when the case expects at least one alert (a should-fire case). */
  public boolean expectsFiring() {
    if (alerts != null) {
      return !alerts.accepts(0);
    }
    if (rows != null && !rows.accepts(0)) {
      return true;
    }
    return !contains.isEmpty();
  }
}
