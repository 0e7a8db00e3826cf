package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.WhereOperator;

/** {@code where}: keeps the rows whose predicate is true (null and false drop the row). */
final class WhereStage {

  private WhereStage() {}

  static Table apply(Table input, WhereOperator node, Environment environment) {
    Column predicate = environment.column(input, node.predicate());
    return filter(input, predicate);
  }

  /** The rows where a bool column is true. */
  static Table filter(Table input, Column predicate) {
    if (input.rowCount() == 0) {
      // with no rows the predicate has no values to take a type from; nothing to filter anyway
      return input;
    }
    if (predicate.type() != KqlType.BOOL) {
      throw new EvaluationException(
          "where needs a bool predicate, got " + predicate.type().kqlName());
    }
    int rows = input.rowCount();
    int[] kept = new int[rows];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      if (!predicate.isNull(r) && predicate.getLong(r) != 0) {
        kept[count++] = r;
      }
    }
    return count == rows ? input : input.select(kept, count);
  }
}
