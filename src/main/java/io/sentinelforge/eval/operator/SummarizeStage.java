package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.summarize.Aggregation;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NamedExpression;
import java.util.ArrayList;
import java.util.List;

/** {@code summarize aggregates by keys}: evaluates the keys, builds the aggregations, groups. */
final class SummarizeStage {

  private SummarizeStage() {}

  static Table apply(Table input, io.sentinelforge.kql.syntax.SummarizeOperator node, Environment environment) {
    List<NamedColumn> keys = new ArrayList<>();
    int unnamed = 0;
    for (Expression key : node.groupBy()) {
      String name = ProjectStage.nameOf(key);
      if (name == null) {
        name = "Column" + (++unnamed);
      }
      keys.add(new NamedColumn(name, environment.column(input, key)));
    }
    List<String> keyNames = new ArrayList<>();
    keys.forEach(key -> keyNames.add(key.name()));
    List<Aggregation> aggregations = new ArrayList<>();
    AggregateCalls calls = new AggregateCalls(input, environment, keyNames);
    for (Expression aggregate : node.aggregates()) {
      List<String> names = aggregate instanceof NamedExpression named ? named.names() : List.of();
      Expression call = aggregate instanceof NamedExpression named ? named.value() : aggregate;
      aggregations.add(calls.create(call, names));
    }
    return Summarizer.summarize(input.rowCount(), keys, aggregations, environment.context().budget());
  }
}
