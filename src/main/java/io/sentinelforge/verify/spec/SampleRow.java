package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sample row as written: column → value (String, Long, Double, Boolean, {@link TimePoint}, List
 * or Map for dynamic values, or null), with where it was written.
 */
public record SampleRow(Map<String, Object> values, SourceSpan span) {

  /** Keeps column order; allows null values. */
  public SampleRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
