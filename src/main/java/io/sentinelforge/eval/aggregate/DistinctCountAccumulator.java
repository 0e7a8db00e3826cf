package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dcount}: the exact number of distinct non-null values. KQL estimates it with HyperLogLog
 * (error about 1% at the default accuracy); an exact count is never further from the truth, but can
 * differ from the real engine's estimate on large inputs. The accuracy argument is ignored.
 */
final class DistinctCountAccumulator implements Accumulator {

  private final Set<Value> seen = new HashSet<>();

  @Override
  public void add(List<Value> arguments) {
    Value value = arguments.get(0);
    if (!value.isNull()) {
      seen.add(Keys.of(value));
    }
  }

  @Override
  public Value result() {
    return Values.of((long) seen.size());
  }
}
