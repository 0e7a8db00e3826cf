package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.value.KqlType;

/**
 * Comparisons of a column with a non-null constant over primitive arrays. Only used where the
 * result cannot differ from the general path: null-free columns (a null compares to null there).
 */
final class FastComparisons {

  private FastComparisons() {}

  /** The result column, or null when no fast path applies. */
  static Column tryApply(String operator, Column left, Column right) {
    if (!(right instanceof ConstantColumn constant)
        || constant.cell() == null
        || left instanceof ConstantColumn) {
      return null;
    }
    if (left.type() == KqlType.STRING
        && right.type() == KqlType.STRING
        && (operator.equals("==") || operator.equals("!="))) {
      return strings(left, (String) constant.cell(), operator.equals("=="));
    }
    if (left instanceof LongColumn longs
        && longs.hasNoNulls()
        && BinaryOperations.sameLongFamily(left.type(), right.type())) {
      return longs(operator, left, constant.getLong(0));
    }
    return null;
  }

  private static Column strings(Column left, String constant, boolean equal) {
    int rows = left.size();
    long[] result = new long[rows];
    for (int r = 0; r < rows; r++) {
      result[r] = constant.equals(left.get(r)) == equal ? 1 : 0;
    }
    return new LongColumn(KqlType.BOOL, result, rows, null);
  }

  private static Column longs(String operator, Column left, long constant) {
    int rows = left.size();
    long[] result = new long[rows];
    for (int r = 0; r < rows; r++) {
      long value = left.getLong(r);
      boolean outcome;
      switch (operator) {
        case "==":
          outcome = value == constant;
          break;
        case "!=":
        case "<>":
          outcome = value != constant;
          break;
        case "<":
          outcome = value < constant;
          break;
        case "<=":
          outcome = value <= constant;
          break;
        case ">":
          outcome = value > constant;
          break;
        case ">=":
          outcome = value >= constant;
          break;
        default:
          return null;
      }
      result[r] = outcome ? 1 : 0;
    }
    return new LongColumn(KqlType.BOOL, result, rows, null);
  }
}
