package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.Budget;
import io.sentinelforge.eval.summarize.Aggregation;
import io.sentinelforge.eval.summarize.GroupIndex;
import io.sentinelforge.eval.summarize.Groups;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * KQL {@code summarize}: groups rows by the evaluated {@code by} columns and computes each
 * aggregation per group. Output: the key columns, then the aggregates. Without {@code by} there is
 * always exactly one row, even for empty input.
 */
public final class Summarizer {

  private Summarizer() {}

  /** Summarizes {@code rowCount} input rows. */
  public static Table summarize(
      int rowCount, List<NamedColumn> by, List<Aggregation> aggregations, Budget budget) {
    List<Column> keys = new ArrayList<>();
    for (NamedColumn key : by) {
      keys.add(key.column());
    }
    Groups groups = GroupIndex.assign(keys, rowCount);
    budget.checkTime("summarize");
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (NamedColumn key : by) {
      names.add(ColumnNames.unique(key.name(), names));
      columns.add(key.column().select(groups.firstRow(), groups.groupCount()));
    }
    for (Aggregation aggregation : aggregations) {
      for (NamedColumn output : aggregation.compute(groups)) {
        names.add(ColumnNames.unique(output.name(), names));
        columns.add(output.column());
      }
    }
    return new Table(names, columns, groups.groupCount());
  }
}
