package io.sentinelforge.eval.conformance;

import io.sentinelforge.eval.table.CellText;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import java.util.List;
import java.util.Optional;

/**
 * Compares a result table with a documented output: same column names in the same order, same
 * number of rows, and rows equal cell by cell ({@link DocumentedValue}) — in order when the case is
 * ordered, otherwise as a multiset.
 */
public final class DocumentedOutput {

  private DocumentedOutput() {}

  /** Empty when the table matches, else a short description of the first difference. */
  public static Optional<String> mismatch(
      List<String> columns, List<List<String>> rows, boolean ordered, Table actual) {
    if (!columns.equals(actual.names())) {
      return Optional.of("columns " + actual.names() + ", documented " + columns);
    }
    if (rows.size() != actual.rowCount()) {
      return Optional.of(actual.rowCount() + " rows, documented " + rows.size() + firstRow(actual));
    }
    boolean[] used = new boolean[actual.rowCount()];
    for (int e = 0; e < rows.size(); e++) {
      List<String> expected = rows.get(e);
      int found = -1;
      if (ordered) {
        found = rowMatches(expected, actual, e) ? e : -1;
      } else {
        for (int a = 0; a < actual.rowCount() && found < 0; a++) {
          if (!used[a] && rowMatches(expected, actual, a)) {
            found = a;
          }
        }
      }
      if (found < 0) {
        int shown = ordered ? e : firstUnused(used);
        return Optional.of(
            "documented row "
                + (e + 1)
                + " "
                + expected
                + " not found; ours "
                + (shown < 0 ? "[]" : rowText(actual, shown)));
      }
      used[found] = true;
    }
    return Optional.empty();
  }

  private static boolean rowMatches(List<String> expected, Table actual, int row) {
    if (expected.size() != actual.columns().size()) {
      return false;
    }
    for (int c = 0; c < expected.size(); c++) {
      Column column = actual.columns().get(c);
      if (!DocumentedValue.matches(expected.get(c), column.get(row), column.type())) {
        return false;
      }
    }
    return true;
  }

  private static int firstUnused(boolean[] used) {
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        return i;
      }
    }
    return -1;
  }

  private static String firstRow(Table actual) {
    return actual.rowCount() == 0 ? "" : "; our first row " + rowText(actual, 0);
  }

  /** A row as {@code [a, b, c]} in KQL's printed forms. */
  public static String rowText(Table table, int row) {
    StringBuilder text = new StringBuilder("[");
    for (int c = 0; c < table.columns().size(); c++) {
      text.append(c > 0 ? ", " : "").append(CellText.of(table.columns().get(c), row));
    }
    return text.append(']').toString();
  }
}
