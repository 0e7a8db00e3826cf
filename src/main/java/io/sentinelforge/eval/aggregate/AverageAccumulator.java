package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code avg}: the mean of the non-null values as a real (a timespan for timespans). */
final class AverageAccumulator implements Accumulator {

  private double sum;
  private long count;
  private boolean timespans;

  @Override
  public void add(List<Value> arguments) {
    Value value = arguments.get(0);
    if (value instanceof TimespanValue span) {
      timespans = true;
      sum += span.ticks();
      count++;
      return;
    }
    Double number = Numbers.asDouble(value);
    if (number != null) {
      sum += number;
      count++;
    }
  }

  @Override
  public Value result() {
    if (count == 0) {
      return Values.NULL_REAL;
    }
    return timespans ? Values.timespan(Math.round(sum / count)) : Values.of(sum / count);
  }
}
