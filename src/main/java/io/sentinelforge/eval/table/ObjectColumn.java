package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;

/**
 * A column of string, decimal, guid or dynamic cells stored as objects (null object = KQL null;
 * string cells are never null).
 */
public final class ObjectColumn implements Column {

  private final KqlType type;
  private final Object[] values;
  private final int size;

  /** Wraps {@code values[0..size)}. */
  public ObjectColumn(KqlType type, Object[] values, int size) {
    this.type = type;
    this.values = values;
    this.size = size;
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
    return values[row] == null;
  }

  @Override
  public boolean mayHaveNulls() {
    return type != KqlType.STRING;
  }

  @Override
  public Object get(int row) {
    return values[row];
  }

  @Override
  public Column select(int[] rows, int count) {
    return IndexedColumn.of(this, rows, count);
  }
}
