package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** KQL {@code distinct}: unique combinations of the given columns, in first-seen order. */
public final class DistinctRows {

  private DistinctRows() {}

  /** Unique rows of {@code input} restricted to {@code names} (all columns when empty). */
  public static Table distinct(Table input, List<String> names) {
    List<String> kept = names.isEmpty() ? input.names() : names;
    List<Column> columns = new ArrayList<>();
    for (String name : kept) {
      columns.add(input.column(name));
    }
    Table projected = new Table(kept, columns, input.rowCount());
    Set<Object> seen = new HashSet<>();
    IntList rows = new IntList(16);
    for (int r = 0; r < input.rowCount(); r++) {
      if (seen.add(RowKeys.groupKey(columns, r))) {
        rows.add(r);
      }
    }
    return projected.select(rows.array(), rows.size());
  }
}
