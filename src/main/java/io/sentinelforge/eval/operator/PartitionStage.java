package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Binding;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.PartitionOperator;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code partition by Column (subquery)}: the subquery runs on the rows of each value of the column
 * (first-seen order) and the results are unioned. The legacy {@code { subquery with its own source
 * }} form is unsupported.
 */
final class PartitionStage {

  private PartitionStage() {}

  static Table apply(Table input, PartitionOperator node, Environment environment) {
    if (!transformsItsInput(node.subquery())) {
      throw new UnsupportedFeatureException(
          "partition {}", "partition with a subquery that names its own source is not supported");
    }
    Column keys = environment.column(input, node.by());
    Map<Object, IntList> partitions = new LinkedHashMap<>();
    for (int row = 0; row < input.rowCount(); row++) {
      partitions.computeIfAbsent(keys.get(row), key -> new IntList(16)).add(row);
    }
    if (partitions.isEmpty()) {
      return run(input, node.subquery(), environment);
    }
    List<Table> results = new ArrayList<>();
    for (IntList rows : partitions.values()) {
      environment.context().budget().checkTime("partition");
      results.add(run(input.select(rows.array(), rows.size()), node.subquery(), environment));
    }
    return results.size() == 1 ? results.get(0) : TableUnion.union(results, null, false, null);
  }

  private static Table run(Table rows, Expression subquery, Environment environment) {
    Environment sub = environment.nested();
    sub.scope().bind(TabularEvaluator.CONTEXT_ROWS, new Binding.Tabular(() -> rows));
    return sub.table(subquery);
  }

  /** True for {@code (op | op …)}: the innermost source is an operator applied to the input. */
  private static boolean transformsItsInput(Expression subquery) {
    Expression current = subquery;
    while (current instanceof PipeExpression pipe) {
      current = pipe.source();
    }
    return current instanceof QueryOperatorExpression;
  }
}
