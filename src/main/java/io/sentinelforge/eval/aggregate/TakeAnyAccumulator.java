package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * {@code take_any}: the values of the first row seen (KQL picks an arbitrary row; the first one
 * makes runs reproducible). With several arguments, {@link #results()} has one value each.
 */
final class TakeAnyAccumulator implements Accumulator {

  private List<Value> taken;

  @Override
  public void add(List<Value> arguments) {
    if (taken == null) {
      taken = List.copyOf(arguments);
    }
  }

  @Override
  public Value result() {
    return taken == null ? Values.NULL_DYNAMIC : taken.get(0);
  }

  @Override
  public List<Value> results() {
    return taken == null ? List.of(Values.NULL_DYNAMIC) : taken;
  }
}
