package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;

/**
 * A view of selected rows of another column (a negative index is a null cell). Filters, sorts and
 * joins select rows without copying cells; selecting from a view composes the indexes.
 */
public final class IndexedColumn implements Column {

  private final Column base;
  private final int[] rows;
  private final int size;
  private Boolean hasMissing;

  IndexedColumn(Column base, int[] rows, int size) {
    this.base = base;
    this.rows = rows;
    this.size = size;
  }

  /** Whether some selected row is missing (-1); computed on first need, most views never ask. */
  private boolean hasMissing() {
    if (hasMissing == null) {
      boolean missing = false;
      for (int i = 0; i < size && !missing; i++) {
        missing = rows[i] < 0;
      }
      hasMissing = missing;
    }
    return hasMissing;
  }

  /** A view of {@code rows[0..count)} of {@code base} (composing when base is itself a view). */
  public static Column of(Column base, int[] rows, int count) {
    if (base instanceof IndexedColumn view) {
      int[] composed = new int[count];
      for (int i = 0; i < count; i++) {
        composed[i] = rows[i] < 0 ? -1 : view.rows[rows[i]];
      }
      return new IndexedColumn(view.base, composed, count);
    }
    return new IndexedColumn(base, rows, count);
  }

  @Override
  public KqlType type() {
    return base.type();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean mayHaveNulls() {
    return base.mayHaveNulls() || hasMissing();
  }

  @Override
  public boolean isNull(int row) {
    int index = rows[row];
    return index < 0 || base.isNull(index);
  }

  @Override
  public Object get(int row) {
    int index = rows[row];
    if (index < 0) {
      return base.type() == KqlType.STRING ? "" : null;
    }
    return base.get(index);
  }

  @Override
  public long getLong(int row) {
    return base.getLong(rows[row]);
  }

  @Override
  public double getDouble(int row) {
    return base.getDouble(rows[row]);
  }

  @Override
  public Column select(int[] selected, int count) {
    return of(this, selected, count);
  }
}
