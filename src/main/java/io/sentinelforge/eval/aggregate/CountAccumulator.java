package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code count()} (rows) and {@code count(x)} (rows where x is not null). */
final class CountAccumulator implements Accumulator {

  private long count;

  @Override
  public void add(List<Value> arguments) {
    if (arguments.isEmpty() || !arguments.get(0).isNull()) {
      count++;
    }
  }

  @Override
  public Value result() {
    return Values.of(count);
  }
}
