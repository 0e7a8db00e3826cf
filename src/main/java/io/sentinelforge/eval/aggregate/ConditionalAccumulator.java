package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/** The {@code …if} form of an aggregate: rows whose predicate is not true are skipped. */
final class ConditionalAccumulator implements Accumulator {

  private final Accumulator inner;
  private final int predicateIndex;

  ConditionalAccumulator(Accumulator inner, int predicateIndex) {
    this.inner = inner;
    this.predicateIndex = predicateIndex;
  }

  @Override
  public void add(List<Value> arguments) {
    if (!Values.isTrue(arguments.get(predicateIndex))) {
      return;
    }
    List<Value> rest = new ArrayList<>(arguments);
    rest.remove(predicateIndex);
    inner.add(rest);
  }

  @Override
  public Value result() {
    return inner.result();
  }

  @Override
  public List<Value> results() {
    return inner.results();
  }
}
