package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.NamedColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code take_any(x, …)}: an arbitrary row's values per group; we take the group's first row, so
 * the answer is deterministic here but may differ from the real engine's choice.
 */
public record TakeAnyAggregation(List<NamedColumn> columns) implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    int[] first = groups.firstRow();
    List<NamedColumn> output = new ArrayList<>();
    for (NamedColumn column : columns) {
      output.add(new NamedColumn(column.name(), column.column().select(first, first.length)));
    }
    return output;
  }
}
