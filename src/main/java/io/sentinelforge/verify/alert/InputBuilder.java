package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.InputRow;
import io.sentinelforge.verify.spec.SampleData;
import io.sentinelforge.verify.spec.SampleRow;
import io.sentinelforge.verify.spec.TimePoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a case's sample rows at the simulated run time (relative timestamps become instants) and
 * keeps only the rows inside the run window, counting what it dropped.
 */
final class InputBuilder {

  private static final String TIME_GENERATED = "TimeGenerated";
  private static final String INGESTION_TIME = "_IngestionTime";

  private final Instant at;
  private final RunWindow window;
  private final List<TableWindow> counts = new ArrayList<>();

  InputBuilder(Instant at, RunWindow window) {
    this.at = at;
    this.window = window;
  }

  /** The visible rows per table. */
  Map<String, List<InputRow>> tables(List<SampleData> data) {
    Map<String, List<InputRow>> tables = new LinkedHashMap<>();
    for (SampleData table : data) {
      List<InputRow> visible = new ArrayList<>();
      int withoutTime = 0;
      for (SampleRow sample : table.rows()) {
        InputRow row = resolve(sample);
        Object timeGenerated = row.values().get(TIME_GENERATED);
        if (!(timeGenerated instanceof Instant)) {
          withoutTime++;
        }
        Instant time = timeGenerated instanceof Instant ? (Instant) timeGenerated : null;
        if (window.contains(time, row.ingestionTime())) {
          visible.add(row);
        }
      }
      counts.add(new TableWindow(table.name(), table.rows().size(), visible.size(), withoutTime));
      tables.put(table.name(), visible);
    }
    return tables;
  }

  /** Every row of every watchlist (watchlists are not time-filtered). */
  Map<String, List<InputRow>> watchlists(List<SampleData> data) {
    Map<String, List<InputRow>> watchlists = new LinkedHashMap<>();
    data.forEach(
        list -> watchlists.put(list.name(), list.rows().stream().map(this::resolve).toList()));
    return watchlists;
  }

  /** What the window did to each table, in the order the tables were given. */
  List<TableWindow> counts() {
    return List.copyOf(counts);
  }

  private InputRow resolve(SampleRow sample) {
    Map<String, Object> values = new LinkedHashMap<>();
    Instant ingestion = null;
    for (Map.Entry<String, Object> cell : sample.values().entrySet()) {
      Object value = resolveValue(cell.getValue());
      if (cell.getKey().equals(INGESTION_TIME)) {
        ingestion = value instanceof Instant ? (Instant) value : null;
      } else {
        values.put(cell.getKey(), value);
      }
    }
    if (ingestion == null && values.get(TIME_GENERATED) instanceof Instant) {
      ingestion = (Instant) values.get(TIME_GENERATED);
    }
    return new InputRow(values, ingestion);
  }

  private Object resolveValue(Object value) {
    return value instanceof TimePoint ? ((TimePoint) value).resolve(at) : value;
  }
}
