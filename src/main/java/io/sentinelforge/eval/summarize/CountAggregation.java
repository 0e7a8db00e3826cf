package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.value.KqlType;
import java.util.List;

/** {@code count()} and {@code countif(predicate)}: rows per group (where the predicate is true). */
public record CountAggregation(String name, Column predicate) implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    long[] counts = new long[groups.groupCount()];
    int[] groupOfRow = groups.groupOfRow();
    if (predicate == null) {
      for (int group : groupOfRow) {
        counts[group]++;
      }
    } else {
      for (int r = 0; r < groupOfRow.length; r++) {
        if (Predicates.passes(predicate, r)) {
          counts[groupOfRow[r]]++;
        }
      }
    }
    return List.of(
        new NamedColumn(name, new LongColumn(KqlType.LONG, counts, counts.length, null)));
  }
}
