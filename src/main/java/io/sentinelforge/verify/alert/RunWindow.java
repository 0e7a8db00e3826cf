package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.RuleUnderTest;
import java.time.Duration;
import java.time.Instant;

/**
 * The rows a rule run can see: a scheduled rule sees {@code TimeGenerated} in {@code [at −
 * queryPeriod, at]}; an NRT rule sees rows ingested in the minute before {@code at}; a hunting
 * query sees everything up to {@code at}, or {@code [at − period, at]} when the case sets a period.
 *
 * @param start the first visible instant, or null for no lower bound
 * @param end the last visible instant ({@code at})
 * @param byIngestionTime true when the window applies to ingestion time instead of TimeGenerated
 */
public record RunWindow(Instant start, Instant end, boolean byIngestionTime) {

  /** NRT rules run every minute over what was ingested since the last run. */
  public static final Duration NRT_WINDOW = Duration.ofMinutes(1);

  /** The window of {@code rule} run at {@code at}; {@code casePeriod} applies to hunting only. */
  public static RunWindow of(RuleUnderTest rule, Instant at, Duration casePeriod) {
    switch (rule.kind()) {
      case SCHEDULED:
        return new RunWindow(at.minus(rule.queryPeriod()), at, false);
      case NRT:
        return new RunWindow(at.minus(NRT_WINDOW), at, true);
      default:
        return new RunWindow(casePeriod == null ? null : at.minus(casePeriod), at, false);
    }
  }

  /** True when a row with these times is visible; a row without the time is never visible. */
  public boolean contains(Instant timeGenerated, Instant ingestionTime) {
    Instant time = byIngestionTime ? ingestionTime : timeGenerated;
    if (time == null) {
      return false;
    }
    return !time.isAfter(end) && (start == null || !time.isBefore(start));
  }

  /** How the window reads in reports. */
  public String describe() {
    String column = byIngestionTime ? "ingestion time" : "TimeGenerated";
    return column + " in [" + (start == null ? "-∞" : start.toString()) + ", " + end + "]";
  }
}
