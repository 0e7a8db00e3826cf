package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.SortExpression;
import io.sentinelforge.kql.syntax.SortOperator;
import io.sentinelforge.kql.syntax.TopOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sort by}/{@code order by} and {@code top N by}: descending unless {@code asc}; nulls last
 * when descending and first when ascending, unless {@code nulls first|last} says otherwise.
 */
final class SortStage {

  private SortStage() {}

  static Table sort(Table input, SortOperator node, Environment environment) {
    return RowSorter.sort(input, keys(input, node.expressions(), environment));
  }

  static Table top(Table input, TopOperator node, Environment environment) {
    long count = SmallStages.constantLong(node.count(), environment);
    return RowSorter.top(input, count, keys(input, List.of(node.by()), environment));
  }

  private static List<SortKey> keys(
      Table input, List<SortExpression> expressions, Environment environment) {
    List<SortKey> keys = new ArrayList<>();
    for (SortExpression expression : expressions) {
      boolean ascending =
          expression.direction() != null
              && expression.direction().toLowerCase(Locale.ROOT).startsWith("asc");
      boolean nullsFirst = ascending;
      if (expression.nulls() != null) {
        nullsFirst = expression.nulls().toLowerCase(Locale.ROOT).contains("first");
      }
      keys.add(
          new SortKey(environment.column(input, expression.expression()), ascending, nullsFirst));
    }
    return keys;
  }
}
