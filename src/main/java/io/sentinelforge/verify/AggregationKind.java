package io.sentinelforge.verify;

/** {@code eventGroupingSettings.aggregationKind}: how result rows become alerts. */
public enum AggregationKind {
  /** One alert for all rows (Sentinel's default). */
  SINGLE_ALERT,
  /** One alert per row. */
  ALERT_PER_RESULT
}
