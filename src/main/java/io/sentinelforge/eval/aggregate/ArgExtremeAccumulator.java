package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code arg_max(key, c1, c2…)}/{@code arg_min}: argument 0 is the key, the rest are the values to
 * return from the winning row. {@link #results()} is [key, c1, c2…]. For {@code *}, the interpreter
 * passes every column's value after the key (or uses {@link ArgExtreme} directly).
 */
final class ArgExtremeAccumulator implements Accumulator {

  private final ArgExtreme<List<Value>> best;
  private int width;

  ArgExtremeAccumulator(boolean maximum) {
    this.best = maximum ? ArgExtreme.max() : ArgExtreme.min();
  }

  @Override
  public void add(List<Value> arguments) {
    width = arguments.size();
    best.offer(arguments.get(0), List.copyOf(arguments));
  }

  @Override
  public Value result() {
    return results().get(0);
  }

  @Override
  public List<Value> results() {
    return best.bestRow()
        .orElseGet(
            () -> {
              List<Value> nulls = new ArrayList<>();
              for (int i = 0; i < Math.max(1, width); i++) {
                nulls.add(Values.NULL_DYNAMIC);
              }
              return nulls;
            });
  }
}
