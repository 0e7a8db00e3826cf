package io.sentinelforge.kql.types;

import java.util.Optional;

/**
 * KQL's rules for combining scalar types: numeric promotion, arithmetic, and which comparisons are
 * defined. An empty result means KQL rejects the combination; open types ({@link
 * ScalarType#isOpen()}) are always accepted, so an earlier mistake never causes a second one.
 */
public final class TypeRules {

  private TypeRules() {}

  /** The wider of two numeric types: int &lt; long &lt; decimal/real (real wins over decimal). */
  public static ScalarType promote(ScalarType left, ScalarType right) {
    if (left == ScalarType.REAL || right == ScalarType.REAL) {
      return ScalarType.REAL;
    }
    if (left == ScalarType.DECIMAL || right == ScalarType.DECIMAL) {
      return ScalarType.DECIMAL;
    }
    if (left == ScalarType.LONG || right == ScalarType.LONG) {
      return ScalarType.LONG;
    }
    return ScalarType.INT;
  }

  /** The result of {@code left op right} for {@code + - * / %}, or empty when KQL rejects it. */
  public static Optional<ScalarType> arithmetic(char operator, ScalarType left, ScalarType right) {
    if (left.isOpen() || right.isOpen()) {
      return Optional.of(ScalarType.UNKNOWN);
    }
    if (left.isNumeric() && right.isNumeric()) {
      return Optional.of(promote(left, right));
    }
    if (!isTemporal(left) && !left.isNumeric() || !isTemporal(right) && !right.isNumeric()) {
      return Optional.empty();
    }
    return Optional.of(temporalArithmetic(operator, left, right));
  }

  private static ScalarType temporalArithmetic(char operator, ScalarType left, ScalarType right) {
    boolean leftTime = left == ScalarType.DATETIME;
    boolean rightTime = right == ScalarType.DATETIME;
    if (operator == '-' && leftTime && rightTime) {
      return ScalarType.TIMESPAN;
    }
    if (leftTime || rightTime) {
      return ScalarType.DATETIME;
    }
    if (operator == '/' && left == ScalarType.TIMESPAN && right == ScalarType.TIMESPAN) {
      return ScalarType.REAL;
    }
    return ScalarType.TIMESPAN;
  }

  /** True for datetime and timespan. */
  public static boolean isTemporal(ScalarType type) {
    return type == ScalarType.DATETIME || type == ScalarType.TIMESPAN;
  }

  /**
   * True when {@code < <= > >=} (and {@code between}) are defined for the two types: both numeric,
   * or both of the same type; open types always.
   */
  public static boolean orderable(ScalarType left, ScalarType right) {
    if (left.isOpen() || right.isOpen()) {
      return true;
    }
    return left == right || left.isNumeric() && right.isNumeric();
  }

  /**
   * True when a string operator ({@code has}, {@code contains}, {@code =~}, {@code matches regex},
   * ...) accepts an operand of this type: string, or an open type.
   */
  public static boolean stringOperand(ScalarType type) {
    return type == ScalarType.STRING || type.isOpen();
  }
}
