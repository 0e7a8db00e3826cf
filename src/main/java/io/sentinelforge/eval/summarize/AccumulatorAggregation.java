package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.aggregate.Accumulator;
import io.sentinelforge.eval.function.FunctionRegistry;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Any registry aggregate ({@code make_list}, {@code make_set}, {@code make_bag}, {@code
 * percentiles}, {@code stdev}…) run row by row with one accumulator per group. Aggregates with
 * several results ({@code percentiles}) give one column per name.
 */
public record AccumulatorAggregation(
    FunctionRegistry registry, String function, List<Column> arguments, List<String> names)
    implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    Accumulator[] accumulators = new Accumulator[groups.groupCount()];
    for (int g = 0; g < accumulators.length; g++) {
      accumulators[g] = registry.newAccumulator(function, arguments.size());
    }
    int[] groupOfRow = groups.groupOfRow();
    for (int r = 0; r < groupOfRow.length; r++) {
      List<Value> values = new ArrayList<>(arguments.size());
      for (Column argument : arguments) {
        values.add(CellValues.get(argument, r));
      }
      accumulators[groupOfRow[r]].add(values);
    }
    List<NamedColumn> output = new ArrayList<>();
    for (int n = 0; n < names.size(); n++) {
      Value[] results = new Value[accumulators.length];
      for (int g = 0; g < accumulators.length; g++) {
        List<Value> all = accumulators[g].results();
        results[g] = all.get(Math.min(n, all.size() - 1));
      }
      output.add(new NamedColumn(names.get(n), column(results)));
    }
    return output;
  }

  private static Column column(Value[] values) {
    KqlType type = null;
    for (Value value : values) {
      if (!value.isNull() || type == null) {
        type = value.type();
        if (!value.isNull()) {
          break;
        }
      }
    }
    ColumnBuilder builder = new ColumnBuilder(type == null ? KqlType.DYNAMIC : type, values.length);
    for (Value value : values) {
      if (value.isNull()) {
        builder.appendNull();
      } else if (builder.type() == KqlType.DYNAMIC) {
        builder.append(value);
      } else {
        CellValues.append(builder, value);
      }
    }
    return builder.build();
  }
}
