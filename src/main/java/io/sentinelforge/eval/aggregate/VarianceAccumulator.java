package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * {@code variance}/{@code stdev} (sample, n−1) and {@code variancep}/{@code stdevp} (population,
 * n), with Welford's update so large inputs stay accurate.
 */
final class VarianceAccumulator implements Accumulator {

  private final boolean squareRoot;
  private final boolean sample;
  private long count;
  private double mean;
  private double squares;

  VarianceAccumulator(boolean squareRoot, boolean sample) {
    this.squareRoot = squareRoot;
    this.sample = sample;
  }

  @Override
  public void add(List<Value> arguments) {
    Double number = Numbers.asDouble(arguments.get(0));
    if (number == null) {
      return;
    }
    count++;
    double delta = number - mean;
    mean += delta / count;
    squares += delta * (number - mean);
  }

  @Override
  public Value result() {
    if (count == 0) {
      return Values.NULL_REAL;
    }
    long divisor = sample ? count - 1 : count;
    double variance = divisor == 0 ? 0 : squares / divisor;
    return Values.of(squareRoot ? Math.sqrt(variance) : variance);
  }
}
