package io.sentinelforge.verify;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sample row handed to the engine: column → value (String, Long, Double, Boolean, Instant, List
 * or Map; null for missing), plus the row's ingestion time for {@code ingestion_time()}.
 */
public record InputRow(Map<String, Object> values, Instant ingestionTime) {

  /** Keeps column order; allows null values. */
  public InputRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
