package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code percentilew(x, weight, p)}, {@code percentilesw} and {@code percentilesw_array}: nearest
 * rank where each value counts {@code weight} times.
 */
final class WeightedPercentileAccumulator implements Accumulator {

  private record Weighted(Value value, long weight) {}

  private final boolean asArray;
  private final List<Weighted> values = new ArrayList<>();
  private final List<Double> percents = new ArrayList<>();
  private long total;

  WeightedPercentileAccumulator(boolean asArray) {
    this.asArray = asArray;
  }

  @Override
  public void add(List<Value> arguments) {
    if (percents.isEmpty()) {
      for (Value p : arguments.subList(2, arguments.size())) {
        spread(p);
      }
    }
    Long weight = Numbers.asLongObject(arguments.get(1));
    if (!arguments.get(0).isNull() && weight != null && weight > 0) {
      values.add(new Weighted(arguments.get(0), weight));
      total += weight;
    }
  }

  private void spread(Value p) {
    if (p instanceof ArrayValue array) {
      array.elements().forEach(this::spread);
    } else {
      Double percent = Numbers.asDouble(p);
      percents.add(percent == null ? 50.0 : percent);
    }
  }

  @Override
  public Value result() {
    return results().get(0);
  }

  @Override
  public List<Value> results() {
    values.sort((a, b) -> Comparison.SORT_ORDER.compare(a.value(), b.value()));
    List<Value> out = new ArrayList<>();
    for (double percent : percents) {
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
    long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
    long seen = 0;
    for (Weighted weighted : values) {
      seen += weighted.weight();
      if (seen >= rank) {
        return weighted.value();
      }
    }
    return values.get(values.size() - 1).value();
  }
}
