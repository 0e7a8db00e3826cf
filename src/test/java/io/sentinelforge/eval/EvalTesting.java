package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sentinelforge.eval.table.CellText;
import io.sentinelforge.eval.table.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers for evaluator tests: run a query, get rows as printed text. */
final class EvalTesting {

  static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private EvalTesting() {}

  static Table table(String query) {
    return table(query, Map.of());
  }

  static Table table(String query, Map<String, Table> tables) {
    EvalResult result = Evaluator.run(query, tables, NOW, Fixtures.none());
    return assertInstanceOf(EvalResult.Rows.class, result, () -> "query failed: " + result).table();
  }

  /** All rows, each cell in KQL's printed form. */
  static List<List<String>> rows(String query) {
    return rows(table(query));
  }

  static List<List<String>> rows(Table table) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        row.add(CellText.of(table.columns().get(c), r));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The single cell of a one-row, one-column result. */
  static String scalar(String query) {
    List<List<String>> rows = rows(query);
    return rows.get(0).get(0);
  }
}
