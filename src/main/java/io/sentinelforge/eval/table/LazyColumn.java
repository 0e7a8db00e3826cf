package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;
import java.util.function.Supplier;

/**
 * A column computed on first use: {@code extend} results that a later stage never reads (e.g.
 * before {@code count}) are never computed, as a real engine prunes unused columns.
 */
public final class LazyColumn implements Column {

  private final int size;
  private Supplier<Column> source;
  private Column column;

  /** A column of {@code size} cells computed by {@code source} when first needed. */
  public LazyColumn(int size, Supplier<Column> source) {
    this.size = size;
    this.source = source;
  }

  private Column column() {
    if (column == null) {
      column = source.get();
      source = null;
    }
    return column;
  }

  @Override
  public KqlType type() {
    return column().type();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean mayHaveNulls() {
    return column().mayHaveNulls();
  }

  @Override
  public boolean isNull(int row) {
    return column().isNull(row);
  }

  @Override
  public Object get(int row) {
    return column().get(row);
  }

  @Override
  public long getLong(int row) {
    return column().getLong(row);
  }

  @Override
  public double getDouble(int row) {
    return column().getDouble(row);
  }

  @Override
  public Column select(int[] rows, int count) {
    return column().select(rows, count);
  }

  /** The computed column (computing it now if needed). */
  public Column resolved() {
    return column();
  }
}
