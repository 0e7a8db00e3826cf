package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Storage;

/** Ordering of non-null cells within one column, by the column's type. */
final class Cells {

  private Cells() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Column column, int a, int b) {
    if (Storage.longBacked(column.type())) {
      return Long.compare(column.getLong(a), column.getLong(b));
    }
    if (column.type() == io.sentinelforge.eval.value.KqlType.REAL) {
      return Double.compare(column.getDouble(a), column.getDouble(b));
    }
    Object left = column.get(a);
    Object right = column.get(b);
    if (left instanceof Comparable && left.getClass() == right.getClass()) {
      return ((Comparable) left).compareTo(right);
    }
    return left.toString().compareTo(right.toString());
  }
}
