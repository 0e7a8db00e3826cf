package io.sentinelforge.kql.semantic;

/**
 * The rows a scalar expression is evaluated against: the current row, and for {@code join}
 * conditions the {@code $left} and {@code $right} rows.
 *
 * @param row the current row schema
 * @param left the {@code $left} rows, or null outside a join
 * @param right the {@code $right} rows, or null outside a join
 */
record RowContext(RowSchema row, RowSchema left, RowSchema right) {

  /** A context with only a current row. */
  static RowContext of(RowSchema row) {
    return new RowContext(row, null, null);
  }
}
