package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Series reduced to one value: {@code series_sum}, {@code series_product}, {@code
 * series_dot_product} (a numeric scalar is broadcast, as documented), {@code
 * series_pearson_correlation} and {@code series_stats_dynamic}.
 */
final class SeriesReductions {

  private SeriesReductions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("series_sum", 1, a -> fold("series_sum", a.get(0), 0, Double::sum));
    registry.fixed("series_product", 1, a -> fold("series_product", a.get(0), 1, (x, y) -> x * y));
    registry.fixed("series_dot_product", 2, SeriesReductions::dotProduct);
    registry.fixed("series_pearson_correlation", 2, SeriesReductions::pearson);
    registry.scalar("series_stats_dynamic", 1, 2, (c, a) -> SeriesStatistics.of(a));
  }

  /** Folds the numeric elements (others are skipped) into a real. */
  private static Value fold(
      String name, Value argument, double start, java.util.function.DoubleBinaryOperator f) {
    List<Value> series = SeriesElements.of(name, argument);
    if (series == null) {
      return Values.NULL_REAL;
    }
    double result = start;
    for (int i = 0; i < series.size(); i++) {
      Double x = SeriesElements.number(series, i);
      if (x != null) {
        result = f.applyAsDouble(result, x);
      }
    }
    return Values.of(result);
  }

  private static Value dotProduct(List<Value> arguments) {
    List<Value> left = seriesOrBroadcast(arguments.get(0), arguments.get(1));
    List<Value> right = seriesOrBroadcast(arguments.get(1), arguments.get(0));
    if (left == null || right == null || left.isEmpty() || right.isEmpty()) {
      return Values.NULL_REAL;
    }
    double sum = 0;
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      Double x = SeriesElements.number(left, i);
      Double y = SeriesElements.number(right, i);
      if (x != null && y != null) {
        sum += x * y;
      }
    }
    return Values.of(sum);
  }

  /** The argument's elements; a number is repeated to the other argument's length. */
  private static List<Value> seriesOrBroadcast(Value argument, Value other) {
    if (Numbers.isNumber(argument)) {
      List<Value> otherElements = SeriesElements.of("series_dot_product", other);
      int length = otherElements == null ? 0 : otherElements.size();
      List<Value> repeated = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        repeated.add(argument);
      }
      return repeated;
    }
    return SeriesElements.of("series_dot_product", argument);
  }

  private static Value pearson(List<Value> arguments) {
    List<Value> left = SeriesElements.of("series_pearson_correlation", arguments.get(0));
    List<Value> right = SeriesElements.of("series_pearson_correlation", arguments.get(1));
    if (left == null || right == null || left.size() != right.size() || left.isEmpty()) {
      return Values.NULL_REAL;
    }
    int n = left.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Double a = SeriesElements.number(left, i);
      Double b = SeriesElements.number(right, i);
      if (a == null || b == null) {
        return Values.NULL_REAL;
      }
      x[i] = a;
      y[i] = b;
    }
    double meanX = mean(x);
    double meanY = mean(y);
    double covariance = 0;
    double varianceX = 0;
    double varianceY = 0;
    for (int i = 0; i < n; i++) {
      covariance += (x[i] - meanX) * (y[i] - meanY);
      varianceX += (x[i] - meanX) * (x[i] - meanX);
      varianceY += (y[i] - meanY) * (y[i] - meanY);
    }
    return Values.of(covariance / Math.sqrt(varianceX * varianceY));
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
