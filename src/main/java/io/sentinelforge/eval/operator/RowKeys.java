package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashable keys of rows over one or more key columns. Numbers of the long family compare as Long
 * and reals as Double, so int and long keys match; a row with a null key cell has no key.
 */
final class RowKeys {

  private RowKeys() {}

  /** The key of {@code row}, or null when any key cell is null. */
  static Object key(List<Column> columns, int row) {
    if (columns.size() == 1) {
      return cell(columns.get(0), row);
    }
    List<Object> parts = new ArrayList<>(columns.size());
    for (Column column : columns) {
      Object part = cell(column, row);
      if (part == null) {
        return null;
      }
      parts.add(part);
    }
    return parts;
  }

  /** The key cell, possibly null. */
  static Object cell(Column column, int row) {
    if (column.isNull(row)) {
      return null;
    }
    if (io.sentinelforge.eval.table.Storage.longBacked(column.type())) {
      return column.getLong(row);
    }
    return column.get(row);
  }

  /** Like {@link #key} but a null cell is a key part (for grouping, where nulls form a group). */
  static Object groupKey(List<Column> columns, int row) {
    if (columns.size() == 1) {
      Object cell = cell(columns.get(0), row);
      return cell == null ? NullKey.INSTANCE : cell;
    }
    List<Object> parts = new ArrayList<>(columns.size());
    for (Column column : columns) {
      Object part = cell(column, row);
      parts.add(part == null ? NullKey.INSTANCE : part);
    }
    return parts;
  }

  /** Stands for a null cell inside a group key. */
  enum NullKey {
    INSTANCE
  }
}
