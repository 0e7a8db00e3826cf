package io.sentinelforge.eval.value;

import java.math.BigDecimal;

/** Reads numeric values (int, long, real, decimal, bool) as Java numbers; null otherwise. */
public final class Numbers {

  private Numbers() {}

  /** The value as a double, or null when it is not a number (bools count as 1/0). */
  public static Double asDouble(Value value) {
    if (value instanceof IntValue i) {
      return (double) i.value();
    }
    if (value instanceof LongValue l) {
      return (double) l.value();
    }
    if (value instanceof RealValue r) {
      return r.value();
    }
    if (value instanceof DecimalValue d) {
      return d.value().doubleValue();
    }
    if (value instanceof BoolValue b) {
      return b.value() ? 1.0 : 0.0;
    }
    return null;
  }

  /** The value as a long (reals truncated), or null when it is not a number. */
  public static Long asLongObject(Value value) {
    if (value instanceof IntValue i) {
      return (long) i.value();
    }
    if (value instanceof LongValue l) {
      return l.value();
    }
    if (value instanceof BoolValue b) {
      return b.value() ? 1L : 0L;
    }
    Double number = asDouble(value);
    return number == null || !Double.isFinite(number) ? null : (long) number.doubleValue();
  }

  /** The value as a BigDecimal, or null when it is not a finite number. */
  public static BigDecimal asDecimal(Value value) {
    if (value instanceof DecimalValue d) {
      return d.value();
    }
    if (value instanceof IntValue || value instanceof LongValue || value instanceof BoolValue) {
      return BigDecimal.valueOf(asLongObject(value));
    }
    if (value instanceof RealValue r && Double.isFinite(r.value())) {
      return new BigDecimal(Reals.format(r.value()).replace("E+", "E"));
    }
    return null;
  }

  /** Whether the value is an int, long, real or decimal (not null). */
  public static boolean isNumber(Value value) {
    return value instanceof IntValue
        || value instanceof LongValue
        || value instanceof RealValue
        || value instanceof DecimalValue;
  }

  /** Whether the value is an int or long (not null). */
  public static boolean isInteger(Value value) {
    return value instanceof IntValue || value instanceof LongValue;
  }
}
