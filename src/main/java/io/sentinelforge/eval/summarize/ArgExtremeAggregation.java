package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.NamedColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code arg_max(by, cols…)}/{@code arg_min}: per group, the row where {@code by} is extreme (the
 * first such row on ties; rows with a null {@code by} are skipped), returning {@code by} and the
 * requested columns of that row.
 */
public record ArgExtremeAggregation(NamedColumn by, List<NamedColumn> returned, boolean max)
    implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    int[] best = ExtremeAggregation.bestRows(groups, by.column(), max, null);
    for (int g = 0; g < best.length; g++) {
      if (best[g] < 0) {
        best[g] = groups.firstRow()[g];
      }
    }
    List<NamedColumn> output = new ArrayList<>();
    output.add(new NamedColumn(by.name(), by.column().select(best, best.length)));
    for (NamedColumn column : returned) {
      output.add(new NamedColumn(column.name(), column.column().select(best, best.length)));
    }
    return output;
  }
}
