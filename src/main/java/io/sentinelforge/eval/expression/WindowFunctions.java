package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.kql.syntax.Expression;
import java.util.List;

/**
 * Functions over the serialized row order: {@code row_number([start])}, {@code prev(x [, offset
 * [, default]])}, {@code next(...)}, {@code row_cumsum(x)}. Rows are taken in their current order.
 */
final class WindowFunctions {

  private WindowFunctions() {}

  static Column call(ColumnEvaluator evaluator, String name, List<Expression> arguments) {
    int rows = evaluator.rows();
    switch (name) {
      case "row_number":
        return rowNumber(evaluator, arguments, rows);
      case "prev":
      case "next":
        return shift(evaluator, arguments, rows, name.equals("prev") ? -1 : 1);
      default:
        return cumulativeSum(evaluator.evaluate(arguments.get(0)), rows);
    }
  }

  private static Column rowNumber(ColumnEvaluator evaluator, List<Expression> arguments, int rows) {
    long start = arguments.isEmpty() ? 1 : evaluator.evaluate(arguments.get(0)).getLong(0);
    if (arguments.size() > 1) {
      throw new io.sentinelforge.eval.UnsupportedFeatureException(
          "row_number", "row_number() with a restart condition is not supported");
    }
    long[] numbers = new long[rows];
    for (int r = 0; r < rows; r++) {
      numbers[r] = start + r;
    }
    return new LongColumn(KqlType.LONG, numbers, rows, null);
  }

  private static Column shift(ColumnEvaluator evaluator, List<Expression> arguments, int rows, int direction) {
    if (arguments.isEmpty()) {
      throw new EvaluationException("prev()/next() need a column");
    }
    Column source = evaluator.evaluate(arguments.get(0));
    long offset = arguments.size() > 1 ? evaluator.evaluate(arguments.get(1)).getLong(0) : 1;
    Column fallback = arguments.size() > 2 ? evaluator.evaluate(arguments.get(2)) : null;
    Value[] values = new Value[rows];
    for (int r = 0; r < rows; r++) {
      long other = r + direction * offset;
      if (other >= 0 && other < rows) {
        values[r] = CellValues.get(source, (int) other);
      } else {
        values[r] = fallback != null ? CellValues.get(fallback, r) : Values.nullOf(source.type());
      }
    }
    return ValueColumns.of(values, rows, fallback == null ? source.type() : null);
  }

  private static Column cumulativeSum(Column source, int rows) {
    Value[] values = new Value[rows];
    Value sum = null;
    for (int r = 0; r < rows; r++) {
      Value value = CellValues.get(source, r);
      if (!value.isNull()) {
        sum = sum == null ? value : Arithmetic.add(sum, value);
      }
      values[r] = sum == null ? Values.nullOf(source.type()) : sum;
    }
    return ValueColumns.of(values, rows, null);
  }
}
