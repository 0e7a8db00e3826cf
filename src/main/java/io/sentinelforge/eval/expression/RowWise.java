package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Applies a value-level function row by row over argument columns (the general path). */
final class RowWise {

  private RowWise() {}

  /**
   * One result per row; constant arguments are converted once, and when all arguments are constant
   * the function runs once and the result is a constant column.
   */
  static Column map(List<Column> arguments, Function<List<Value>, Value> function, KqlType forced) {
    int rows = arguments.isEmpty() ? 0 : arguments.get(0).size();
    return map(arguments, function, forced, rows);
  }

  static Column map(
      List<Column> arguments, Function<List<Value>, Value> function, KqlType forced, int rows) {
    int count = arguments.size();
    Value[] constants = new Value[count];
    boolean allConstant = true;
    for (int a = 0; a < count; a++) {
      if (arguments.get(a) instanceof ConstantColumn) {
        constants[a] = CellValues.get(arguments.get(a), 0);
      } else {
        allConstant = false;
      }
    }
    if (allConstant) {
      if (rows == 0) {
        return ValueColumns.of(new Value[0], 0, forced);
      }
      Value result = function.apply(Arrays.asList(constants));
      return forced == null || forced == result.type()
          ? ValueColumns.constant(result, rows)
          : ValueColumns.of(new Value[] {result}, 1, forced).select(new int[rows], rows);
    }
    Value[] results = new Value[rows];
    Value[] row = new Value[count];
    List<Value> view = Arrays.asList(row);
    for (int r = 0; r < rows; r++) {
      for (int a = 0; a < count; a++) {
        row[a] = constants[a] != null ? constants[a] : CellValues.get(arguments.get(a), r);
      }
      results[r] = function.apply(view);
    }
    return ValueColumns.of(results, rows, forced);
  }
}
