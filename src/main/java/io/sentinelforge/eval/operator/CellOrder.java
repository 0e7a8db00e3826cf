package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Column;
import java.util.Comparator;

/** Total order of non-null cells within one column type (strings ordinal, numbers by value). */
final class CellOrder {

  private CellOrder() {}

  /** Compares non-null cells {@code a} and {@code b} of the same column. */
  static int compare(Column column, int a, int b) {
    switch (column.type()) {
      case BOOL:
      case INT:
      case LONG:
      case DATETIME:
      case TIMESPAN:
        return Long.compare(column.getLong(a), column.getLong(b));
      case REAL:
        return Double.compare(column.getDouble(a), column.getDouble(b));
      default:
        return compareObjects(column.get(a), column.get(b));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareObjects(Object a, Object b) {
    if (a instanceof Comparable && a.getClass() == b.getClass()) {
      return ((Comparable) a).compareTo(b);
    }
    return a.toString().compareTo(b.toString());
  }

  /** Order of rows by one key with KQL's direction and null placement. */
  static Comparator<Integer> byKey(Column column, boolean ascending, boolean nullsFirst) {
    return (a, b) -> {
      boolean nullA = column.isNull(a);
      boolean nullB = column.isNull(b);
      if (nullA || nullB) {
        if (nullA && nullB) {
          return 0;
        }
        return nullA == nullsFirst ? -1 : 1;
      }
      int order = compare(column, a, b);
      return ascending ? order : -order;
    };
  }
}
