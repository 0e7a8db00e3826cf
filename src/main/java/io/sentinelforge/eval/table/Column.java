package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;

/**
 * One column of a {@link Table}: a typed vector of cells. A cell is read as a plain Java object —
 * null, Boolean, Integer, Long (long, and ticks of datetime/timespan), Double, BigDecimal, String,
 * UUID, or a dynamic value — or, for columns stored as primitives, without boxing.
 */
public interface Column {

  /** The KQL type of every cell. */
  KqlType type();

  /** Number of cells. */
  int size();

  /** True when the cell is KQL null (strings are never null: KQL uses the empty string). */
  boolean isNull(int row);

  /** The cell as a Java object, null for KQL null. */
  Object get(int row);

  /** A new column holding the cells at {@code rows[0..count)} in that order. */
  Column select(int[] rows, int count);

  /** False only when no cell can be null (lets fast paths skip null checks). */
  default boolean mayHaveNulls() {
    return true;
  }

  /** The cell as a long; only for columns stored as long, undefined when null. */
  default long getLong(int row) {
    throw new UnsupportedOperationException(type() + " column is not stored as long");
  }

  /** The cell as a double; only for real columns, undefined when null. */
  default double getDouble(int row) {
    throw new UnsupportedOperationException(type() + " column is not stored as double");
  }
}
