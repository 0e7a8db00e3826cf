package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import java.util.List;

/** Reads a plugin's constant arguments (numbers, timespans, names of let-bound scalars). */
final class PluginArguments {

  private static final Table ONE_ROW = Table.empty(List.of()).select(new int[1], 1);

  private PluginArguments() {}

  /** The value of an argument that does not depend on the row. */
  static Value constant(Expression argument, Environment environment) {
    return CellValues.get(environment.column(ONE_ROW, argument), 0);
  }

  /** A whole-number argument, at least zero. */
  static long count(String plugin, String parameter, Expression argument, Environment environment) {
    Value value = constant(argument, environment);
    Object number = CellValues.cell(value);
    if (!(number instanceof Number whole) || whole.longValue() < 0) {
      throw new EvaluationException(
          plugin + ": " + parameter + " must be a non-negative number, got " + value.toKqlString());
    }
    return whole.longValue();
  }
}
