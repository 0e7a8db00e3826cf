package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.value.Value;

/** {@code between}: an inclusive range test, null when any bound or the value is null. */
final class Ranges {

  private Ranges() {}

  static Value between(Value value, Value low, Value high) {
    return Logic.and(Comparison.greaterOrEqual(value, low), Comparison.lessOrEqual(value, high));
  }
}
