package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Table;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** KQL {@code sort}/{@code order}: a stable sort of rows by keys; {@code top} sorts then takes. */
public final class RowSorter {

  private RowSorter() {}

  /** The rows of {@code input} in key order. */
  public static Table sort(Table input, List<SortKey> keys) {
    return input.select(sortedRows(input.rowCount(), keys), input.rowCount());
  }

  /** The first {@code count} rows in key order ({@code top}). */
  public static Table top(Table input, long count, List<SortKey> keys) {
    int[] rows = sortedRows(input.rowCount(), keys);
    int kept = (int) Math.max(0, Math.min(count, rows.length));
    return input.select(rows, kept);
  }

  static int[] sortedRows(int rowCount, List<SortKey> keys) {
    Comparator<Integer> order = (a, b) -> 0;
    for (SortKey key : keys) {
      order = order.thenComparing(CellOrder.byKey(key.column(), key.ascending(), key.nullsFirst()));
    }
    Integer[] boxed = new Integer[rowCount];
    for (int i = 0; i < rowCount; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, order);
    int[] rows = new int[rowCount];
    for (int i = 0; i < rowCount; i++) {
      rows[i] = boxed[i];
    }
    return rows;
  }
}
