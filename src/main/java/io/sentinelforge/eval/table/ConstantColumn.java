package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;

/** A column whose every cell is the same value: literals and scalar variables, without copying. */
public final class ConstantColumn implements Column {

  private final KqlType type;
  private final Object cell;
  private final int size;

  /** {@code size} copies of {@code cell} (a raw cell, null for KQL null). */
  public ConstantColumn(KqlType type, Object cell, int size) {
    this.type = type;
    this.cell = type == KqlType.STRING && cell == null ? "" : cell;
    this.size = size;
  }

  /** The shared cell. */
  public Object cell() {
    return cell;
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
    return cell == null;
  }

  @Override
  public boolean mayHaveNulls() {
    return cell == null;
  }

  @Override
  public Object get(int row) {
    return cell;
  }

  @Override
  public long getLong(int row) {
    return cell instanceof Boolean b ? (b ? 1 : 0) : ((Number) cell).longValue();
  }

  @Override
  public double getDouble(int row) {
    return ((Number) cell).doubleValue();
  }

  @Override
  public Column select(int[] rows, int count) {
    for (int i = 0; i < count; i++) {
      if (rows[i] < 0 && cell != null && type != KqlType.STRING) {
        return materialize().select(rows, count);
      }
    }
    return new ConstantColumn(type, cell, count);
  }

  private Column materialize() {
    ColumnBuilder builder = new ColumnBuilder(type, size);
    for (int i = 0; i < size; i++) {
      builder.append(cell);
    }
    return builder.build();
  }
}
