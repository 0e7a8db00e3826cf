package io.sentinelforge.verify;

/** How Sentinel runs the query under test. */
public enum RuleKind {
  /** A scheduled analytics rule: its query period is the window. */
  SCHEDULED,
  /** A near-real-time rule: a fixed one-minute window over ingestion time. */
  NRT,
  /** A hunting query: run on demand; each result row counts as one alert. */
  HUNTING
}
