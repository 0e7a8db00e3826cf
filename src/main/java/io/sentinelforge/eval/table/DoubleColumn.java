package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;
import java.util.BitSet;

/** A column of real cells stored as a {@code double[]}. */
public final class DoubleColumn implements Column {

  private final double[] values;
  private final int size;
  private final BitSet nulls;

  /** Wraps {@code values[0..size)}; {@code nulls} marks null cells (may be null when none are). */
  public DoubleColumn(double[] values, int size, BitSet nulls) {
    this.values = values;
    this.size = size;
    this.nulls = nulls == null || nulls.isEmpty() ? null : nulls;
  }

  @Override
  public KqlType type() {
    return KqlType.REAL;
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
  public boolean mayHaveNulls() {
    return nulls != null;
  }

  @Override
  public double getDouble(int row) {
    return values[row];
  }

  @Override
  public Object get(int row) {
    return isNull(row) ? null : values[row];
  }

  @Override
  public Column select(int[] rows, int count) {
    return IndexedColumn.of(this, rows, count);
  }
}
