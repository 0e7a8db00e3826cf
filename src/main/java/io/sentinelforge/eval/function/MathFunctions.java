package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.DecimalValue;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Math functions: {@code round}, {@code abs}, {@code log}, {@code pow}, trigonometry, … */
final class MathFunctions {

  private MathFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("round", 1, 2, (c, a) -> round(a));
    registry.fixed("abs", 1, a -> abs(a.get(0)));
    registry.fixed("ceiling", 1, a -> integral(a.get(0), Math::ceil, RoundingMode.CEILING));
    registry.fixed("sign", 1, a -> unary(a, Math::signum));
    real(registry, "sqrt", Math::sqrt);
    real(registry, "exp", Math::exp);
    real(registry, "exp2", x -> Math.pow(2, x));
    real(registry, "exp10", x -> Math.pow(10, x));
    real(registry, "log", Math::log);
    real(registry, "log2", x -> Math.log(x) / Math.log(2));
    real(registry, "log10", Math::log10);
    real(registry, "sin", Math::sin);
    real(registry, "cos", Math::cos);
    real(registry, "tan", Math::tan);
    real(registry, "asin", Math::asin);
    real(registry, "acos", Math::acos);
    real(registry, "atan", Math::atan);
    real(registry, "cot", x -> 1 / Math.tan(x));
    real(registry, "degrees", Math::toDegrees);
    real(registry, "radians", Math::toRadians);
    real(registry, "gamma", SpecialFunctions::gamma);
    real(registry, "loggamma", SpecialFunctions::logGamma);
    real(registry, "erf", SpecialFunctions::erf);
    real(registry, "erfc", x -> 1 - SpecialFunctions.erf(x));
    binary(registry, "pow", Math::pow);
    binary(registry, "atan2", Math::atan2);
    registry.scalar("pi", 0, 0, (c, a) -> Values.of(Math.PI));
    registry.fixed("isnan", 1, a -> test(a.get(0), Double::isNaN));
    registry.fixed("isinf", 1, a -> test(a.get(0), Double::isInfinite));
    registry.fixed("isfinite", 1, a -> test(a.get(0), Double::isFinite));
    BinaryFunctions.register(registry);
    SeriesFunctions.register(registry);
    GeoFunctions.register(registry);
  }

  private static void real(FunctionRegistry.Builder registry, String name, DoubleUnaryOperator f) {
    registry.fixed(name, 1, a -> unary(a, f));
  }

  private static Value unary(List<Value> arguments, DoubleUnaryOperator f) {
    Double x = Arguments.real(arguments, 0);
    return x == null ? Values.NULL_REAL : Values.of(f.applyAsDouble(x));
  }

  private static void binary(
      FunctionRegistry.Builder registry, String name, DoubleBinaryOperator f) {
    registry.fixed(
        name,
        2,
        a -> {
          Double x = Arguments.real(a, 0);
          Double y = Arguments.real(a, 1);
          return x == null || y == null ? Values.NULL_REAL : Values.of(f.applyAsDouble(x, y));
        });
  }

  private static Value test(Value value, java.util.function.DoublePredicate predicate) {
    Double x = Numbers.asDouble(value);
    return x == null ? Values.NULL_BOOL : Values.of(predicate.test(x));
  }

  private static Value abs(Value value) {
    if (value instanceof IntValue i) {
      return Values.ofInt(Math.abs(i.value()));
    }
    if (value instanceof LongValue l) {
      return Values.of(Math.abs(l.value()));
    }
    if (value instanceof DecimalValue d) {
      return Values.of(d.value().abs());
    }
    if (value instanceof TimespanValue t) {
      return Values.timespan(Math.abs(t.ticks()));
    }
    Double x = Numbers.asDouble(value);
    return x == null ? Values.nullOf(nullType(value)) : Values.of(Math.abs(x));
  }

  private static Value integral(Value value, DoubleUnaryOperator f, RoundingMode mode) {
    if (value instanceof IntValue || value instanceof LongValue) {
      return value;
    }
    if (value instanceof DecimalValue d) {
      return Values.of(d.value().setScale(0, mode));
    }
    Double x = Numbers.asDouble(value);
    return x == null ? Values.nullOf(nullType(value)) : Values.of(f.applyAsDouble(x));
  }

  /** {@code round(x, digits)}: half away from zero, as .NET's MidpointRounding.AwayFromZero. */
  private static Value round(List<Value> arguments) {
    Value value = arguments.get(0);
    Long digits = Arguments.integer(arguments, 1, 0L);
    if (value.isNull() || digits == null) {
      return Values.nullOf(nullType(value));
    }
    if (value instanceof IntValue || value instanceof LongValue) {
      if (digits >= 0) {
        return value;
      }
      BigDecimal rounded =
          BigDecimal.valueOf(Numbers.asLongObject(value))
              .setScale(digits.intValue(), RoundingMode.HALF_UP);
      return Values.of(rounded.longValue());
    }
    if (value instanceof DecimalValue d) {
      return Values.of(d.value().setScale(digits.intValue(), RoundingMode.HALF_UP));
    }
    Double x = Numbers.asDouble(value);
    if (x == null || !Double.isFinite(x)) {
      return x == null ? Values.NULL_REAL : Values.of(x);
    }
    BigDecimal exact = new BigDecimal(Double.toString(x));
    return Values.of(exact.setScale(digits.intValue(), RoundingMode.HALF_UP).doubleValue());
  }

  private static KqlType nullType(Value value) {
    return value.type() == KqlType.STRING ? KqlType.REAL : value.type();
  }
}
