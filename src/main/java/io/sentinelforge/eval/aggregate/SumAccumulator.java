package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code sum}: nulls are skipped; ints sum to a long; no values gives null. */
final class SumAccumulator implements Accumulator {

  private Value total;
  private KqlType seenType;

  @Override
  public void add(List<Value> arguments) {
    Value value = arguments.get(0);
    seenType = value.type();
    if (value.isNull()) {
      return;
    }
    if (value instanceof IntValue i) {
      value = Values.of((long) i.value());
    }
    total = total == null ? value : Arithmetic.add(total, value);
  }

  @Override
  public Value result() {
    if (total != null) {
      return total;
    }
    KqlType type = seenType == null || seenType == KqlType.INT ? KqlType.LONG : seenType;
    return Values.nullOf(type);
  }
}
