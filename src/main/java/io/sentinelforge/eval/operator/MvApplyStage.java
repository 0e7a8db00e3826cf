package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Binding;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.MvApplyOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mv-apply items on (subquery)}: for each input row, expands the items like mv-expand and
 * runs the subquery over those rows; the subquery's output rows are joined back to the row's other
 * columns (a subquery column replaces an input column of the same name).
 */
final class MvApplyStage {

  private MvApplyStage() {}

  static Table apply(Table input, MvApplyOperator node, Environment environment) {
    List<Table> parts = new ArrayList<>();
    for (int r = 0; r < input.rowCount(); r++) {
      environment.context().budget().checkTime("mv-apply");
      Table row = input.select(new int[] {r}, 1);
      Table expanded =
          MvExpandStage.expand(row, node.parameters(), node.items(), node.limit(), environment);
      Environment sub = environment.nested();
      sub.scope().bind(TabularEvaluator.CONTEXT_ROWS, new Binding.Tabular(() -> expanded));
      Table result = sub.table(node.subquery());
      parts.add(combine(row, result));
    }
    if (parts.isEmpty()) {
      return input;
    }
    return TableUnion.union(parts, null, false, null);
  }

  /** The subquery rows, each with the input row's columns that the subquery did not output. */
  private static Table combine(Table row, Table result) {
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    int[] repeat = new int[result.rowCount()];
    Table repeated = row.select(repeat, result.rowCount());
    for (int c = 0; c < row.names().size(); c++) {
      String name = row.names().get(c);
      names.add(name);
      Column own = result.column(name);
      columns.add(own != null ? own : repeated.columns().get(c));
    }
    for (int c = 0; c < result.names().size(); c++) {
      if (!names.contains(result.names().get(c))) {
        names.add(result.names().get(c));
        columns.add(result.columns().get(c));
      }
    }
    return new Table(names, columns, result.rowCount());
  }
}
