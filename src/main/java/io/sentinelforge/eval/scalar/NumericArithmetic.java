package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.scalar.Arithmetic.Operator;
import io.sentinelforge.eval.value.DecimalValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.math.BigDecimal;
import java.math.MathContext;

/** Arithmetic on int, long, real and decimal operands. */
final class NumericArithmetic {

  private NumericArithmetic() {}

  static Value apply(Operator operator, Value left, Value right) {
    if (left instanceof DecimalValue || right instanceof DecimalValue) {
      return decimal(operator, Numbers.asDecimal(left), Numbers.asDecimal(right));
    }
    if (left instanceof RealValue || right instanceof RealValue) {
      return Values.of(real(operator, Numbers.asDouble(left), Numbers.asDouble(right)));
    }
    return integer(operator, Numbers.asLongObject(left), Numbers.asLongObject(right));
  }

  private static double real(Operator operator, double left, double right) {
    return switch (operator) {
      case ADD -> left + right;
      case SUBTRACT -> left - right;
      case MULTIPLY -> left * right;
      case DIVIDE -> left / right;
      case MODULO -> euclidean(left, right);
    };
  }

  private static Value integer(Operator operator, long left, long right) {
    return switch (operator) {
      case ADD -> Values.of(left + right);
      case SUBTRACT -> Values.of(left - right);
      case MULTIPLY -> Values.of(left * right);
      // Integer division by zero has no value; KQL's engine reports null rather than failing.
      case DIVIDE -> right == 0 ? Values.NULL_LONG : Values.of(left / right);
      case MODULO -> right == 0 ? Values.NULL_LONG : Values.of(euclidean(left, right));
    };
  }

  /** KQL's {@code %} is never negative: -14 % 12 == 10 and -14 % -12 == 10. */
  private static long euclidean(long left, long right) {
    long remainder = left % right;
    return remainder < 0 ? remainder + Math.abs(right) : remainder;
  }

  private static double euclidean(double left, double right) {
    double remainder = left % right;
    return remainder < 0 ? remainder + Math.abs(right) : remainder;
  }

  private static Value decimal(Operator operator, BigDecimal left, BigDecimal right) {
    if (left == null || right == null) {
      return Values.nullOf(KqlType.DECIMAL);
    }
    if ((operator == Operator.DIVIDE || operator == Operator.MODULO) && right.signum() == 0) {
      return Values.nullOf(KqlType.DECIMAL);
    }
    return Values.of(
        switch (operator) {
          case ADD -> left.add(right);
          case SUBTRACT -> left.subtract(right);
          case MULTIPLY -> left.multiply(right);
          case DIVIDE -> left.divide(right, MathContext.DECIMAL128);
          case MODULO -> left.remainder(right);
        });
  }
}
