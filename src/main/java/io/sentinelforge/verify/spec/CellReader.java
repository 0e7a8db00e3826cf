package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns timestamps in sample rows into {@link TimePoint}s: {@code TimeGenerated} and {@code
 * _IngestionTime} must be relative or ISO 8601; in other columns a relative offset such as {@code
 * -10m} is a time point, while other texts stay texts (the table schema types them).
 */
final class CellReader {

  /** The pseudo-column that sets a row's ingestion time (default: its TimeGenerated). */
  static final String INGESTION_TIME = "_IngestionTime";

  private static final String TIME_GENERATED = "TimeGenerated";

  private final NodeReader reader;

  CellReader(NodeReader reader) {
    this.reader = reader;
  }

  SampleRow row(Map<String, Object> values, SourceSpan span) {
    Map<String, Object> converted = new LinkedHashMap<>();
    values.forEach((column, value) -> converted.put(column, cell(column, value, span)));
    return new SampleRow(converted, span);
  }

  private Object cell(String column, Object value, SourceSpan span) {
    if (!(value instanceof String)) {
      return value;
    }
    String text = (String) value;
    boolean timeColumn = column.equals(TIME_GENERATED) || column.equals(INGESTION_TIME);
    if (timeColumn) {
      Optional<TimePoint> point = TimeText.parse(text);
      if (point.isEmpty()) {
        reader.error(
            TestCodes.BAD_TIMESTAMP,
            column
                + " '"
                + text
                + "' is neither a relative time (-30s, -10m, -2h, -3d) nor ISO 8601"
                + " (2026-01-15T12:00:00Z)",
            span);
        return null;
      }
      return point.get();
    }
    return TimeText.isRelative(text) ? TimeText.parse(text).orElseThrow() : value;
  }
}
