package io.sentinelforge.content;

/** How query results become alerts: {@code SingleAlert} (default) or {@code AlertPerResult}. */
public record EventGroupingSettings(String aggregationKind) {

  /** True when every result row becomes its own alert. */
  public boolean alertPerResult() {
    return "AlertPerResult".equals(aggregationKind);
  }
}
