package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.NamedColumn;
import java.util.Arrays;
import java.util.List;

/**
 * {@code min}/{@code max} (and their {@code if} forms): the extreme non-null value per group, of
 * the argument's type; null for a group without values.
 */
public record ExtremeAggregation(String name, Column values, boolean max, Column predicate)
    implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    int[] best = bestRows(groups, values, max, predicate);
    return List.of(new NamedColumn(name, values.select(best, best.length)));
  }

  /** Per group the row holding the extreme value, -1 when none (first row wins ties). */
  static int[] bestRows(Groups groups, Column values, boolean max, Column predicate) {
    int[] best = new int[groups.groupCount()];
    Arrays.fill(best, -1);
    int[] groupOfRow = groups.groupOfRow();
    for (int r = 0; r < groupOfRow.length; r++) {
      if (values.isNull(r) || !Predicates.passes(predicate, r)) {
        continue;
      }
      int group = groupOfRow[r];
      int current = best[group];
      if (current < 0) {
        best[group] = r;
        continue;
      }
      int order = Cells.compare(values, r, current);
      if (max ? order > 0 : order < 0) {
        best[group] = r;
      }
    }
    return best;
  }
}
