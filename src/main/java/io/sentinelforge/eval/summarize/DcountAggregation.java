package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Storage;
import io.sentinelforge.eval.value.KqlType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dcount(x)} and {@code dcountif(x, predicate)}: the number of distinct non-null values per
 * group. Exact (Kusto estimates with HyperLogLog, ~1% error at its default accuracy), so on large
 * groups our answer may differ slightly from the real engine's.
 */
public record DcountAggregation(String name, Column values, Column predicate)
    implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    long[] counts = new long[groups.groupCount()];
    Set<Object> seen = new HashSet<>();
    int[] groupOfRow = groups.groupOfRow();
    boolean longs = Storage.longBacked(values.type());
    for (int r = 0; r < groupOfRow.length; r++) {
      if (values.isNull(r) || !Predicates.passes(predicate, r)) {
        continue;
      }
      int group = groupOfRow[r];
      Object value = longs ? (Object) values.getLong(r) : values.get(r);
      if (seen.add(new Member(group, value))) {
        counts[group]++;
      }
    }
    return List.of(
        new NamedColumn(name, new LongColumn(KqlType.LONG, counts, counts.length, null)));
  }

  /** A (group, value) pair, so one set serves all groups. */
  private record Member(int group, Object value) {}
}
