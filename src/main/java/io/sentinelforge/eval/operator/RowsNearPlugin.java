package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import java.util.List;

/**
 * {@code evaluate rows_near(Condition, NumRows [, RowsAfter])}: every input row within {@code
 * NumRows} rows before, or {@code RowsAfter} (default {@code NumRows}) rows after, a row where the
 * condition is true, in input order and each row once.
 */
final class RowsNearPlugin {

  private RowsNearPlugin() {}

  static Table apply(Table input, List<Expression> arguments, Environment environment) {
    if (arguments.size() < 2 || arguments.size() > 3) {
      throw new EvaluationException(
          "rows_near takes a condition, the rows before and optionally the rows after");
    }
    long before = PluginArguments.count("rows_near", "NumRows", arguments.get(1), environment);
    long after =
        arguments.size() == 3
            ? PluginArguments.count("rows_near", "RowsAfter", arguments.get(2), environment)
            : before;
    Column condition = environment.column(input, arguments.get(0));
    IntList rows = new IntList(16);
    // Windows of later matches start and end later, so each row is added at most once.
    long nextUnselected = 0;
    for (int row = 0; row < input.rowCount(); row++) {
      if (Values.isTrue(CellValues.get(condition, row))) {
        long first = Math.max(nextUnselected, row - before);
        // after may be huge (long max): cap it before adding so the sum cannot overflow
        long last = Math.min(input.rowCount() - 1L, row + Math.min(after, input.rowCount()));
        for (long selected = first; selected <= last; selected++) {
          rows.add((int) selected);
        }
        nextUnselected = Math.max(nextUnselected, last + 1);
      }
    }
    return input.select(rows.array(), rows.size());
  }
}
