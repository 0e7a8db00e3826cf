package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code covariance(x, y)} (sample, n−1) and {@code covariancep} (population), online. */
final class CovarianceAccumulator implements Accumulator {

  private final boolean sample;
  private long count;
  private double meanX;
  private double meanY;
  private double comoment;

  CovarianceAccumulator(boolean sample) {
    this.sample = sample;
  }

  @Override
  public void add(List<Value> arguments) {
    Double x = Numbers.asDouble(arguments.get(0));
    Double y = Numbers.asDouble(arguments.get(1));
    if (x == null || y == null) {
      return;
    }
    count++;
    double deltaX = x - meanX;
    meanX += deltaX / count;
    meanY += (y - meanY) / count;
    comoment += deltaX * (y - meanY);
  }

  @Override
  public Value result() {
    if (count == 0) {
      return Values.NULL_REAL;
    }
    long divisor = sample ? count - 1 : count;
    return Values.of(divisor == 0 ? 0.0 : comoment / divisor);
  }
}
