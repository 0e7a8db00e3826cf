package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;

/**
 * KQL's arithmetic operators with its promotion rules: integers stay integers, any real makes a
 * real, decimal beats both; datetime − datetime is a timespan, datetime ± timespan a datetime,
 * timespan × number a timespan, timespan ÷ timespan a real. A null operand gives a null.
 */
public final class Arithmetic {

  /** The binary arithmetic operators. */
  public enum Operator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    MODULO("%");

    private final String token;

    Operator(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }
  }

  private Arithmetic() {}

  public static Value add(Value left, Value right) {
    return apply(Operator.ADD, left, right);
  }

  public static Value subtract(Value left, Value right) {
    return apply(Operator.SUBTRACT, left, right);
  }

  public static Value multiply(Value left, Value right) {
    return apply(Operator.MULTIPLY, left, right);
  }

  public static Value divide(Value left, Value right) {
    return apply(Operator.DIVIDE, left, right);
  }

  public static Value modulo(Value left, Value right) {
    return apply(Operator.MODULO, left, right);
  }

  /** Applies an operator; throws {@link EvaluationException} for types it is not defined on. */
  public static Value apply(Operator operator, Value left, Value right) {
    Value plain = dynamicAware(left, right);
    if (left instanceof DateTimeValue || right instanceof DateTimeValue) {
      return TemporalArithmetic.dateTime(operator, left, right);
    }
    if (left instanceof TimespanValue || right instanceof TimespanValue) {
      return TemporalArithmetic.timespan(operator, left, right);
    }
    if (Numbers.isNumber(left) && Numbers.isNumber(right)) {
      return NumericArithmetic.apply(operator, left, right);
    }
    if (left.isNull() || right.isNull()) {
      return Values.nullOf(nullResultType(left, right));
    }
    return plain != null ? plain : undefined(operator, left, right);
  }

  /** Unary minus. */
  public static Value negate(Value operand) {
    return apply(Operator.SUBTRACT, zeroLike(operand), operand);
  }

  static Value undefined(Operator operator, Value left, Value right) {
    throw new EvaluationException(
        "operator '"
            + operator.token()
            + "' is not defined for "
            + left.type().kqlName()
            + " and "
            + right.type().kqlName());
  }

  private static Value dynamicAware(Value left, Value right) {
    // Arrays and bags take part in no arithmetic: KQL yields null for them.
    if (Values.isContainer(left) || Values.isContainer(right)) {
      return Values.NULL_DYNAMIC;
    }
    return null;
  }

  private static KqlType nullResultType(Value left, Value right) {
    KqlType type = left.isNull() ? right.type() : left.type();
    return type == KqlType.STRING || type == KqlType.BOOL ? KqlType.LONG : type;
  }

  private static Value zeroLike(Value operand) {
    if (operand instanceof TimespanValue || operand.type() == KqlType.TIMESPAN) {
      return Values.timespan(0);
    }
    return Values.of(0L);
  }
}
