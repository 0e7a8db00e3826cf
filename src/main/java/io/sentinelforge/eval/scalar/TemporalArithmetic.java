package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.scalar.Arithmetic.Operator;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;

/** Arithmetic where a datetime or a timespan takes part. */
final class TemporalArithmetic {

  private TemporalArithmetic() {}

  static Value dateTime(Operator operator, Value left, Value right) {
    if (left instanceof DateTimeValue a && right instanceof DateTimeValue b) {
      return operator == Operator.SUBTRACT
          ? Values.timespan(a.ticks() - b.ticks())
          : Arithmetic.undefined(operator, left, right);
    }
    if (left instanceof DateTimeValue a && isTimespanLike(right)) {
      if (right.isNull()) {
        return Values.nullOf(KqlType.DATETIME);
      }
      long span = ((TimespanValue) right).ticks();
      return switch (operator) {
        case ADD -> Values.datetime(a.ticks() + span);
        case SUBTRACT -> Values.datetime(a.ticks() - span);
        default -> Arithmetic.undefined(operator, left, right);
      };
    }
    if (right instanceof DateTimeValue b && isTimespanLike(left) && operator == Operator.ADD) {
      return left.isNull()
          ? Values.nullOf(KqlType.DATETIME)
          : Values.datetime(b.ticks() + ((TimespanValue) left).ticks());
    }
    if (left.isNull() || right.isNull()) {
      KqlType type = operator == Operator.SUBTRACT ? KqlType.TIMESPAN : KqlType.DATETIME;
      return Values.nullOf(type);
    }
    return Arithmetic.undefined(operator, left, right);
  }

  static Value timespan(Operator operator, Value left, Value right) {
    if (left.isNull() || right.isNull()) {
      boolean ratio =
          operator == Operator.DIVIDE
              && left.type() == KqlType.TIMESPAN
              && right.type() == KqlType.TIMESPAN;
      return Values.nullOf(ratio ? KqlType.REAL : KqlType.TIMESPAN);
    }
    if (left instanceof TimespanValue a && right instanceof TimespanValue b) {
      return switch (operator) {
        case ADD -> Values.timespan(a.ticks() + b.ticks());
        case SUBTRACT -> Values.timespan(a.ticks() - b.ticks());
        case DIVIDE -> Values.of((double) a.ticks() / b.ticks());
        case MODULO ->
            b.ticks() == 0
                ? Values.nullOf(KqlType.TIMESPAN)
                : Values.timespan(a.ticks() % b.ticks());
        case MULTIPLY -> Arithmetic.undefined(operator, left, right);
      };
    }
    if (left instanceof TimespanValue a && Numbers.isNumber(right)) {
      double factor = Numbers.asDouble(right);
      return switch (operator) {
        case MULTIPLY -> Values.timespan(Math.round(a.ticks() * factor));
        case DIVIDE ->
            factor == 0 ? Values.nullOf(KqlType.TIMESPAN) : scaled(a.ticks() / factor, right);
        default -> Arithmetic.undefined(operator, left, right);
      };
    }
    if (right instanceof TimespanValue b
        && Numbers.isNumber(left)
        && operator == Operator.MULTIPLY) {
      return Values.timespan(Math.round(b.ticks() * Numbers.asDouble(left)));
    }
    return Arithmetic.undefined(operator, left, right);
  }

  private static Value scaled(double ticks, Value divisor) {
    // Division by an integer truncates like .NET's TimeSpan / long; by a real it rounds.
    return Values.timespan(Numbers.isInteger(divisor) ? (long) ticks : Math.round(ticks));
  }

  private static boolean isTimespanLike(Value value) {
    return value instanceof TimespanValue || value.type() == KqlType.TIMESPAN;
  }
}
