package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.value.BoolValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;

/**
 * Three-valued {@code and}/{@code or}/{@code not}: {@code null or true} is true, {@code null and
 * false} is false, otherwise a null operand gives {@code bool(null)}.
 */
public final class Logic {

  private Logic() {}

  public static Value and(Value left, Value right) {
    Boolean a = truth(left);
    Boolean b = truth(right);
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return Values.FALSE;
    }
    return a == null || b == null ? Values.NULL_BOOL : Values.TRUE;
  }

  public static Value or(Value left, Value right) {
    Boolean a = truth(left);
    Boolean b = truth(right);
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return Values.TRUE;
    }
    return a == null || b == null ? Values.NULL_BOOL : Values.FALSE;
  }

  public static Value not(Value operand) {
    Boolean a = truth(operand);
    return a == null ? Values.NULL_BOOL : Values.of(!a);
  }

  /** The truth of a bool value; null for {@code bool(null)} or a non-bool. */
  public static Boolean truth(Value value) {
    return value instanceof BoolValue b ? b.value() : null;
  }
}
