package io.sentinelforge.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What running a query gave: rows, "this KQL is not supported locally", or a failure. */
public sealed interface QueryOutcome
    permits QueryOutcome.Rows, QueryOutcome.Unsupported, QueryOutcome.Failed {

  /** Dispatches on the outcome kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per outcome kind. */
  interface Visitor<R> {
    /** The query ran. */
    R rows(Rows rows);

    /** The query uses a feature the engine does not implement. */
    R unsupported(Unsupported unsupported);

    /** The query failed (a runtime error on the sample data, a limit was hit). */
    R failed(Failed failed);
  }

  /**
   * Result rows in order, each column → value (String, Long, Double, Boolean, Instant, Duration,
   * List, Map, or null).
   */
  record Rows(List<String> columns, List<Map<String, Object>> rows) implements QueryOutcome {
    /** Copies, keeping column order and allowing null values. */
    public Rows {
      columns = List.copyOf(columns);
      rows =
          rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rows(this);
    }
  }

  /** The engine cannot run this query; {@code reason} names the feature. */
  record Unsupported(String reason) implements QueryOutcome {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unsupported(this);
    }
  }

  /** The query failed; {@code message} says why. */
  record Failed(String message) implements QueryOutcome {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.failed(this);
    }
  }
}
