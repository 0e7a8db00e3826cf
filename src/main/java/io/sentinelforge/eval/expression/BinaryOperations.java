package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.scalar.ScalarOperators;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.table.Storage;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.BinaryExpression;
import java.util.List;
import java.util.Locale;

/**
 * Binary operators over columns. Fast paths: string equality with a constant, comparisons of
 * long-backed columns (long, int, datetime, timespan) with a constant of the same family, and
 * {@code and}/{@code or} of null-free bool columns; the rest goes through {@link ScalarOperators}.
 */
final class BinaryOperations {

  private BinaryOperations() {}

  static Column apply(ColumnEvaluator evaluator, BinaryExpression node) {
    String operator = node.operator().trim().toLowerCase(Locale.ROOT);
    Column left = evaluator.evaluate(node.left());
    Column right = evaluator.evaluate(node.right());
    Column fast = FastComparisons.tryApply(operator, left, right);
    if (fast != null) {
      return fast;
    }
    if ((operator.equals("and") || operator.equals("or"))
        && nullFreeBool(left)
        && nullFreeBool(right)) {
      return logic(operator.equals("and"), left, right);
    }
    ScalarOperators.binary(operator)
        .orElseThrow(
            () ->
                new io.sentinelforge.eval.UnsupportedFeatureException(
                    operator, "operator '" + node.operator() + "' is not supported"));
    return RowWise.map(
        List.of(left, right),
        values -> ScalarOperators.apply(operator, values.get(0), values.get(1)),
        null,
        evaluator.rows());
  }

  private static boolean nullFreeBool(Column column) {
    return column.type() == KqlType.BOOL && !column.mayHaveNulls();
  }

  private static Column logic(boolean and, Column left, Column right) {
    int rows = left.size();
    long[] result = new long[rows];
    for (int r = 0; r < rows; r++) {
      boolean l = left.getLong(r) != 0;
      boolean rr = right.getLong(r) != 0;
      result[r] = (and ? l && rr : l || rr) ? 1 : 0;
    }
    return new LongColumn(KqlType.BOOL, result, rows, null);
  }

  /** True when both types are stored as long and compare by that long. */
  static boolean sameLongFamily(KqlType a, KqlType b) {
    if (!Storage.longBacked(a)
        || !Storage.longBacked(b)
        || a == KqlType.BOOL
        || b == KqlType.BOOL) {
      return false;
    }
    boolean aNumber = a == KqlType.INT || a == KqlType.LONG;
    boolean bNumber = b == KqlType.INT || b == KqlType.LONG;
    return aNumber ? bNumber : a == b;
  }
}
