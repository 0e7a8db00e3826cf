package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assigns group numbers to rows by their key cells (null cells form their own group). */
public final class GroupIndex {

  private GroupIndex() {}

  /** Groups {@code rows} rows by {@code keys}; with no keys all rows (even none) form one group. */
  public static Groups assign(List<Column> keys, int rows) {
    int[] groupOfRow = new int[rows];
    if (keys.isEmpty()) {
      return new Groups(groupOfRow, 1, new int[] {rows == 0 ? -1 : 0});
    }
    Map<Object, Integer> numbers = new HashMap<>(Math.max(16, rows / 4));
    int[] firstRow = new int[16];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      Object key = key(keys, r);
      Integer number = numbers.putIfAbsent(key, count);
      if (number == null) {
        if (count == firstRow.length) {
          firstRow = Arrays.copyOf(firstRow, count * 2);
        }
        firstRow[count] = r;
        groupOfRow[r] = count++;
      } else {
        groupOfRow[r] = number;
      }
    }
    return new Groups(groupOfRow, count, Arrays.copyOf(firstRow, count));
  }

  private static Object key(List<Column> keys, int row) {
    if (keys.size() == 1) {
      return part(keys.get(0), row);
    }
    Object[] parts = new Object[keys.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = part(keys.get(i), row);
    }
    return new CompositeKey(parts);
  }

  private static Object part(Column column, int row) {
    if (column.isNull(row)) {
      return NullCell.INSTANCE;
    }
    return io.sentinelforge.eval.table.Storage.longBacked(column.type())
        ? (Object) column.getLong(row)
        : column.get(row);
  }

  /** Stands for a null key cell (HashMap keys cannot tell null apart otherwise). */
  private enum NullCell {
    INSTANCE
  }

  /** A multi-column key with a cached hash. */
  private static final class CompositeKey {
    private final Object[] parts;
    private final int hash;

    CompositeKey(Object[] parts) {
      this.parts = parts;
      this.hash = Arrays.hashCode(parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CompositeKey && Arrays.equals(parts, ((CompositeKey) other).parts);
    }
  }
}
