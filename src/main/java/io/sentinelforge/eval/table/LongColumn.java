package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;
import java.util.BitSet;

/** A column of bool, int, long, datetime or timespan cells stored as a {@code long[]}. */
public final class LongColumn implements Column {

  private final KqlType type;
  private final long[] values;
  private final int size;
  private final BitSet nulls;

  /** Wraps {@code values[0..size)}; {@code nulls} marks null cells (may be null when none are). */
  public LongColumn(KqlType type, long[] values, int size, BitSet nulls) {
    if (!Storage.longBacked(type)) {
      throw new IllegalArgumentException(type + " is not stored as long");
    }
    this.type = type;
    this.values = values;
    this.size = size;
    this.nulls = nulls == null || nulls.isEmpty() ? null : nulls;
  }

  @Override
  public KqlType type() {
    return type;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isNull(int row) {
    return nulls != null && nulls.get(row);
  }

  @Override
  public long getLong(int row) {
    return values[row];
  }

  /** True when no cell is null, so callers may skip null checks. */
  public boolean hasNoNulls() {
    return nulls == null;
  }

  @Override
  public boolean mayHaveNulls() {
    return nulls != null;
  }

  @Override
  public Object get(int row) {
    if (isNull(row)) {
      return null;
    }
    long value = values[row];
    switch (type) {
      case BOOL:
        return value != 0;
      case INT:
        return (int) value;
      default:
        return value;
    }
  }

  @Override
  public Column select(int[] rows, int count) {
    return IndexedColumn.of(this, rows, count);
  }
}
