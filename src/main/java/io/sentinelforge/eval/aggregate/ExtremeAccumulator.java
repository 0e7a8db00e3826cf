package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code min}/{@code max} over the non-null values. */
final class ExtremeAccumulator implements Accumulator {

  private final boolean maximum;
  private Value best;
  private KqlType seenType = KqlType.LONG;

  ExtremeAccumulator(boolean maximum) {
    this.maximum = maximum;
  }

  @Override
  public void add(List<Value> arguments) {
    Value value = arguments.get(0);
    seenType = value.type();
    if (value.isNull()) {
      return;
    }
    int order = best == null ? 0 : Comparison.SORT_ORDER.compare(value, best);
    if (best == null || (maximum ? order > 0 : order < 0)) {
      best = value;
    }
  }

  @Override
  public Value result() {
    return best != null ? best : Values.nullOf(seenType);
  }
}
