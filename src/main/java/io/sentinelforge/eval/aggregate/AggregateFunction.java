package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.EvaluationException;
import java.util.function.Supplier;

/** A named aggregate function: argument count and a factory of fresh accumulators. */
public record AggregateFunction(
    String name, int minArguments, int maxArguments, Supplier<Accumulator> factory) {

  /** A new, empty accumulator for one group. */
  public Accumulator newAccumulator() {
    return factory.get();
  }

  /** Checks an argument count as written in the query. */
  public void checkArity(int count) {
    if (count < minArguments || count > maxArguments) {
      throw new EvaluationException(
          "aggregate '" + name + "' does not take " + count + " arguments");
    }
  }
}
