package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;

/** Normalizes values used as set members so that int 1 and long 1 are one member. */
final class Keys {

  private Keys() {}

  static Value of(Value value) {
    return value instanceof IntValue i ? Values.of((long) i.value()) : value;
  }
}
