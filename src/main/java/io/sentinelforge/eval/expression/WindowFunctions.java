package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import java.util.List;

/**
 * Functions over the serialized row order: {@code row_number([start])}, {@code prev(x [, offset [,
 * default]])}, {@code next(...)}, {@code row_cumsum(x)}. Rows are taken in their current order.
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
      case "row_window_session":
        return session(evaluator, arguments, rows);
      case "row_rank_min":
      case "row_rank_dense":
        return rank(
            evaluator.evaluate(arguments.get(0)),
            restart(evaluator, arguments),
            rows,
            name.equals("row_rank_dense"));
      default:
        return cumulativeSum(
            evaluator.evaluate(arguments.get(0)), restart(evaluator, arguments), rows);
    }
  }

  private static Column rowNumber(ColumnEvaluator evaluator, List<Expression> arguments, int rows) {
    long start = arguments.isEmpty() ? 1 : evaluator.evaluate(arguments.get(0)).getLong(0);
    Column restart = restart(evaluator, arguments);
    long[] numbers = new long[rows];
    for (int r = 0; r < rows; r++) {
      numbers[r] = r == 0 || restartsAt(restart, r) ? start : numbers[r - 1] + 1;
    }
    return new LongColumn(KqlType.LONG, numbers, rows, null);
  }

  private static Column shift(
      ColumnEvaluator evaluator, List<Expression> arguments, int rows, int direction) {
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

  private static Column restart(ColumnEvaluator evaluator, List<Expression> arguments) {
    return restart(evaluator, arguments, 1);
  }

  private static Column restart(ColumnEvaluator evaluator, List<Expression> arguments, int index) {
    return arguments.size() > index ? evaluator.evaluate(arguments.get(index)) : null;
  }

  /**
   * {@code row_window_session(t, maxFromFirst, maxBetween [, restart])}: the start of each row's
   * session; a session ends when a row is too far from its first or previous row.
   */
  private static Column session(ColumnEvaluator evaluator, List<Expression> arguments, int rows) {
    Column time = evaluator.evaluate(arguments.get(0));
    long fromFirst = evaluator.evaluate(arguments.get(1)).getLong(0);
    long between = evaluator.evaluate(arguments.get(2)).getLong(0);
    Column restart = restart(evaluator, arguments, 3);
    Value[] starts = new Value[rows];
    long start = 0;
    long previous = 0;
    boolean open = false;
    for (int r = 0; r < rows; r++) {
      if (time.isNull(r)) {
        starts[r] = Values.nullOf(time.type());
        continue;
      }
      long t = time.getLong(r);
      if (!open || restartsAt(restart, r) || t - start > fromFirst || t - previous > between) {
        start = t;
        open = true;
      }
      previous = t;
      starts[r] =
          CellValues.get(time, r) instanceof io.sentinelforge.eval.value.DateTimeValue
              ? new io.sentinelforge.eval.value.DateTimeValue(start)
              : Values.of(start);
    }
    return ValueColumns.of(starts, rows, time.type());
  }

  private static boolean restartsAt(Column restart, int row) {
    return restart != null && Values.isTrue(CellValues.get(restart, row));
  }

  private static Column rank(Column source, Column restart, int rows, boolean dense) {
    long[] ranks = new long[rows];
    for (int r = 0; r < rows; r++) {
      boolean same =
          r > 0
              && !restartsAt(restart, r)
              && Comparison.same(CellValues.get(source, r), CellValues.get(source, r - 1));
      if (r == 0 || restartsAt(restart, r)) {
        ranks[r] = 1;
      } else if (same) {
        ranks[r] = ranks[r - 1];
      } else {
        ranks[r] = dense ? ranks[r - 1] + 1 : rank(r, restart);
      }
    }
    return new LongColumn(KqlType.LONG, ranks, rows, null);
  }

  /** Position of {@code row} (1-based) since the last restart. */
  private static long rank(int row, Column restart) {
    int start = row;
    while (start > 0 && !restartsAt(restart, start)) {
      start--;
    }
    return row - start + 1;
  }

  private static Column cumulativeSum(Column source, Column restart, int rows) {
    Value[] values = new Value[rows];
    Value sum = null;
    for (int r = 0; r < rows; r++) {
      if (restartsAt(restart, r)) {
        sum = null;
      }
      Value value = CellValues.get(source, r);
      if (!value.isNull()) {
        sum = sum == null ? value : Arithmetic.add(sum, value);
      }
      values[r] = sum == null ? Values.nullOf(source.type()) : sum;
    }
    return ValueColumns.of(values, rows, null);
  }
}
