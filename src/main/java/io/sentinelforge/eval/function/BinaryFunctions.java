package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.function.LongBinaryOperator;

/** Bitwise functions ({@code binary_*}, {@code bitset_count_ones}) and {@code tohex}. */
final class BinaryFunctions {

  private BinaryFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    bitwise(registry, "binary_and", (a, b) -> a & b);
    bitwise(registry, "binary_or", (a, b) -> a | b);
    bitwise(registry, "binary_xor", (a, b) -> a ^ b);
    bitwise(registry, "binary_shift_left", (a, b) -> b < 0 || b > 63 ? 0 : a << b);
    bitwise(registry, "binary_shift_right", (a, b) -> b < 0 || b > 63 ? 0 : a >> b);
    registry.fixed(
        "binary_not",
        1,
        a -> {
          Long x = Arguments.integer(a, 0);
          return x == null ? Values.NULL_LONG : Values.of(~x);
        });
    registry.fixed(
        "bitset_count_ones",
        1,
        a -> {
          Long x = Arguments.integer(a, 0);
          return x == null ? Values.NULL_LONG : Values.of((long) Long.bitCount(x));
        });
    registry.scalar("tohex", 1, 2, (c, a) -> toHex(a.get(0), Arguments.integer(a, 1, 0L)));
  }

  private static void bitwise(
      FunctionRegistry.Builder registry, String name, LongBinaryOperator f) {
    registry.fixed(
        name,
        2,
        a -> {
          Long x = Arguments.integer(a, 0);
          Long y = Arguments.integer(a, 1);
          return x == null || y == null ? Values.NULL_LONG : Values.of(f.applyAsLong(x, y));
        });
  }

  private static Value toHex(Value value, Long minLength) {
    Long x = Arguments.integer(java.util.List.of(value), 0);
    if (x == null || minLength == null) {
      return Values.EMPTY_STRING;
    }
    String hex = value instanceof IntValue i ? Integer.toHexString(i.value()) : Long.toHexString(x);
    return Values.of(
        hex.length() >= minLength ? hex : "0".repeat((int) (minLength - hex.length())) + hex);
  }
}
