package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code percentile(x, p)}, {@code percentiles(x, p1, p2…)} and {@code percentiles_array}, by the
 * nearest-rank definition: the value at rank ⌈p/100 × n⌉ (at least 1) of the sorted non-null
 * values. KQL computes an estimate (T-Digest) that equals this on small inputs.
 */
final class PercentileAccumulator implements Accumulator {

  private final boolean asArray;
  private final List<Value> values = new ArrayList<>();
  private List<Double> ranks = List.of();

  PercentileAccumulator(boolean asArray) {
    this.asArray = asArray;
  }

  @Override
  public void add(List<Value> arguments) {
    if (ranks.isEmpty()) {
      List<Double> percents = new ArrayList<>();
      for (Value p : arguments.subList(1, arguments.size())) {
        spread(p, percents);
      }
      ranks = percents;
    }
    if (!arguments.get(0).isNull()) {
      values.add(arguments.get(0));
    }
  }

  private static void spread(Value p, List<Double> into) {
    if (p instanceof io.sentinelforge.eval.value.ArrayValue array) {
      array.elements().forEach(element -> spread(element, into));
    } else {
      Double percent = Numbers.asDouble(p);
      into.add(percent == null ? 50.0 : percent);
    }
  }

  @Override
  public Value result() {
    return results().get(0);
  }

  @Override
  public List<Value> results() {
    values.sort(Comparison.SORT_ORDER);
    List<Value> out = new ArrayList<>();
    for (double percent : ranks) {
      out.add(at(percent));
    }
    if (out.isEmpty()) {
      out.add(Values.NULL_REAL);
    }
    return asArray ? List.of(Values.array(out)) : out;
  }

  private Value at(double percent) {
    if (values.isEmpty()) {
      return Values.NULL_REAL;
    }
    int rank = (int) Math.ceil(percent / 100.0 * values.size());
    return values.get(Math.max(1, Math.min(values.size(), rank)) - 1);
  }
}
