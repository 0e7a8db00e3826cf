package io.sentinelforge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.eval.load.DataLoadException;
import io.sentinelforge.eval.load.TableLoader;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.table.Ticks;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.verify.InputRow;
import io.sentinelforge.verify.QueryOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Converts between rule-test rows and the evaluator's typed tables. */
final class EvalTables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalTables() {}

  /** The sample rows of {@code name}, typed by its built-in schema (inferred when unknown). */
  static Table of(String name, List<InputRow> rows) throws DataLoadException {
    List<ColumnSchema> schema = SchemaFiles.builtIn(name);
    if (rows.isEmpty()) {
      return schema != null ? Table.empty(schema) : Table.empty(List.of());
    }
    List<Map<String, ?>> plain = new ArrayList<>();
    for (InputRow row : rows) {
      plain.add(plainRow(row.values()));
    }
    return TableLoader.fromRows(plain, schema, name);
  }

  /** Row values as JSON-like Java values: instants become ISO 8601 texts. */
  static Map<String, Object> plainRow(Map<String, Object> values) {
    Map<String, Object> plain = new LinkedHashMap<>();
    values.forEach(
        (column, value) ->
            plain.put(
                column,
                value instanceof Instant || value instanceof Duration ? value.toString() : value));
    return plain;
  }

  /** A result table as rows of plain Java values (see {@link QueryOutcome.Rows}). */
  static QueryOutcome.Rows rows(Table table) {
    List<Map<String, Object>> rows = new ArrayList<>(table.rowCount());
    for (int row = 0; row < table.rowCount(); row++) {
      Map<String, Object> cells = new LinkedHashMap<>();
      for (int column = 0; column < table.names().size(); column++) {
        cells.put(table.names().get(column), cell(table.columns().get(column), row));
      }
      rows.add(cells);
    }
    return new QueryOutcome.Rows(table.names(), rows);
  }

  private static Object cell(Column column, int row) {
    if (column.isNull(row)) {
      return null;
    }
    switch (column.type()) {
      case DATETIME:
        return Ticks.toInstant(column.getLong(row));
      case TIMESPAN:
        return Duration.ofNanos(column.getLong(row) * 100);
      case GUID:
        return ((UUID) column.get(row)).toString();
      case DYNAMIC:
        return dynamic((Value) column.get(row));
      default:
        return column.get(row);
    }
  }

  private static Object dynamic(Value value) {
    try {
      return JSON.readValue(Json.write(value), Object.class);
    } catch (JsonProcessingException e) {
      return value.toKqlString();
    }
  }
}
