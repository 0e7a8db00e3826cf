package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code binary_all_and}/{@code binary_all_or}/{@code binary_all_xor} over non-null longs. */
final class BitwiseAccumulator implements Accumulator {

  private final char operator;
  private Long result;

  BitwiseAccumulator(char operator) {
    this.operator = operator;
  }

  @Override
  public void add(List<Value> arguments) {
    Long value = arguments.get(0).isNull() ? null : Numbers.asLongObject(arguments.get(0));
    if (value == null) {
      return;
    }
    if (result == null) {
      result = value;
    } else if (operator == '&') {
      result &= value;
    } else if (operator == '|') {
      result |= value;
    } else {
      result ^= value;
    }
  }

  @Override
  public Value result() {
    return result == null ? Values.NULL_LONG : Values.of(result);
  }
}
