package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.LookupOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lookup kind=leftouter|inner (right) on keys}: like a join that keeps every left row
 * (leftouter, the default), without de-duplicating, and without repeating the right key columns.
 */
final class LookupStage {

  private LookupStage() {}

  static Table apply(Table left, LookupOperator node, Environment environment) {
    JoinKind kind = JoinStage.kind(node.parameters(), "kind", JoinKind.LEFTOUTER);
    if (kind != JoinKind.LEFTOUTER && kind != JoinKind.INNER) {
      throw new io.sentinelforge.eval.UnsupportedFeatureException(
          "lookup kind", "lookup supports kind=leftouter and kind=inner");
    }
    Table right = environment.table(node.right());
    JoinStage.Keys keys = JoinStage.keys(left, right, node.on());
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < right.names().size(); c++) {
      if (!keys.rightNames().contains(right.names().get(c))) {
        names.add(right.names().get(c));
        columns.add(right.columns().get(c));
      }
    }
    Table rightValues = new Table(names, columns, right.rowCount());
    return HashJoin.join(
        left, rightValues, kind, keys.left(), keys.right(), environment.context().budget());
  }
}
