package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Element-wise series functions: arithmetic ({@code series_add}…), comparisons ({@code
 * series_greater}…) and math ({@code series_abs}, {@code series_log}…). Arrays of different length
 * give a result as long as the longer one; a missing or non-numeric element gives a null element.
 * add, subtract and multiply keep integers integral (the reference prints [5,4,5]); divide, pow and
 * the math functions give reals.
 */
final class SeriesFunctions {

  private SeriesFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    arithmetic(registry, "series_add", Math::addExact, Double::sum);
    arithmetic(registry, "series_subtract", Math::subtractExact, (x, y) -> x - y);
    arithmetic(registry, "series_multiply", Math::multiplyExact, (x, y) -> x * y);
    arithmetic(registry, "series_divide", null, (x, y) -> x / y);
    arithmetic(registry, "series_pow", null, Math::pow);
    comparison(registry, "series_greater", (x, y) -> x > y);
    comparison(registry, "series_greater_equals", (x, y) -> x >= y);
    comparison(registry, "series_less", (x, y) -> x < y);
    comparison(registry, "series_less_equals", (x, y) -> x <= y);
    comparison(registry, "series_equals", (x, y) -> x == y);
    comparison(registry, "series_not_equals", (x, y) -> x != y);
    math(registry, "series_abs", Math::abs);
    math(registry, "series_acos", Math::acos);
    math(registry, "series_asin", Math::asin);
    math(registry, "series_atan", Math::atan);
    math(registry, "series_ceiling", Math::ceil);
    math(registry, "series_cos", Math::cos);
    math(registry, "series_exp", Math::exp);
    math(registry, "series_floor", Math::floor);
    math(registry, "series_log", Math::log);
    math(registry, "series_sign", Math::signum);
    math(registry, "series_sin", Math::sin);
    math(registry, "series_sqrt", Math::sqrt);
    math(registry, "series_tan", Math::tan);
    SeriesReductions.register(registry);
    SeriesFills.register(registry);
    SeriesFilters.register(registry);
    SeriesLineFit.register(registry);
  }

  private static void arithmetic(
      FunctionRegistry.Builder registry,
      String name,
      LongBinaryOperator integral,
      DoubleBinaryOperator real) {
    registry.fixed(name, 2, a -> elementWise(name, a, integral, real));
  }

  private static Value elementWise(
      String name, List<Value> arguments, LongBinaryOperator integral, DoubleBinaryOperator real) {
    List<Value> left = SeriesElements.of(name, arguments.get(0));
    List<Value> right = SeriesElements.of(name, arguments.get(1));
    if (left == null || right == null) {
      return Values.NULL_DYNAMIC;
    }
    List<Value> result = new ArrayList<>();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      Double x = SeriesElements.number(left, i);
      Double y = SeriesElements.number(right, i);
      if (x == null || y == null) {
        result.add(Values.NULL_DYNAMIC);
      } else if (integral != null
          && SeriesElements.isInteger(left, i)
          && SeriesElements.isInteger(right, i)) {
        result.add(integral(integral, real, left.get(i), right.get(i)));
      } else {
        result.add(Values.of(real.applyAsDouble(x, y)));
      }
    }
    return Values.array(result);
  }

  /** Integer arithmetic, falling back to reals on overflow. */
  private static Value integral(
      LongBinaryOperator integral, DoubleBinaryOperator real, Value left, Value right) {
    long x = Numbers.asLongObject(left);
    long y = Numbers.asLongObject(right);
    try {
      return Values.of(integral.applyAsLong(x, y));
    } catch (ArithmeticException overflow) {
      return Values.of(real.applyAsDouble(x, y));
    }
  }

  /** A comparison of two numbers (IEEE rules for reals: NaN compares unequal to everything). */
  private interface ComparisonTest {
    boolean test(double x, double y);
  }

  private static void comparison(
      FunctionRegistry.Builder registry, String name, ComparisonTest test) {
    registry.fixed(
        name,
        2,
        a -> {
          List<Value> left = SeriesElements.of(name, a.get(0));
          List<Value> right = SeriesElements.of(name, a.get(1));
          if (left == null || right == null) {
            return Values.NULL_DYNAMIC;
          }
          List<Value> result = new ArrayList<>();
          for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            result.add(compare(left, right, i, test));
          }
          return Values.array(result);
        });
  }

  private static Value compare(List<Value> left, List<Value> right, int i, ComparisonTest test) {
    Double x = SeriesElements.number(left, i);
    Double y = SeriesElements.number(right, i);
    if (x == null || y == null) {
      return Values.NULL_DYNAMIC;
    }
    if (SeriesElements.isInteger(left, i) && SeriesElements.isInteger(right, i)) {
      // Longs beyond 2^53 lose precision as doubles: compare them exactly.
      long order =
          Long.compare(Numbers.asLongObject(left.get(i)), Numbers.asLongObject(right.get(i)));
      return Values.of(test.test(order, 0));
    }
    return Values.of(test.test(x, y));
  }

  private static void math(FunctionRegistry.Builder registry, String name, DoubleUnaryOperator f) {
    registry.fixed(
        name,
        1,
        a -> {
          List<Value> series = SeriesElements.of(name, a.get(0));
          if (series == null) {
            return Values.NULL_DYNAMIC;
          }
          List<Value> result = new ArrayList<>();
          for (int i = 0; i < series.size(); i++) {
            Double x = SeriesElements.number(series, i);
            result.add(x == null ? Values.NULL_DYNAMIC : Values.of(f.applyAsDouble(x)));
          }
          return Values.array(result);
        });
  }
}
