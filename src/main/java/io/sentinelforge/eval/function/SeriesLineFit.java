package io.sentinelforge.eval.function;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code series_fit_line_dynamic(series)}: the least-squares line through (1, y1), (2, y2), …, as
 * the reference's example shows (slope 2.730, interception −1.666, line_fit starting at 1.064):
 * rsquare = 1 − RSS/TSS, variance and rvariance are the sample variances (n − 1) of the series and
 * of its residuals, line_fit the fitted values.
 */
final class SeriesLineFit {

  private SeriesLineFit() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("series_fit_line_dynamic", 1, a -> fit(a.get(0)));
  }

  private static Value fit(Value argument) {
    double[] y = numbers(argument);
    if (y == null) {
      return Values.NULL_DYNAMIC;
    }
    int n = y.length;
    double meanX = (n + 1) / 2.0;
    double meanY = SeriesReductions.mean(y);
    double sxy = 0;
    double sxx = 0;
    double totalSquares = 0;
    for (int i = 0; i < n; i++) {
      double dx = i + 1 - meanX;
      sxy += dx * (y[i] - meanY);
      sxx += dx * dx;
      totalSquares += (y[i] - meanY) * (y[i] - meanY);
    }
    double slope = sxy / sxx;
    double interception = meanY - slope * meanX;
    double residualSquares = 0;
    List<Value> line = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double fitted = slope * (i + 1) + interception;
      residualSquares += (y[i] - fitted) * (y[i] - fitted);
      line.add(Values.of(fitted));
    }
    Map<String, Value> result = new LinkedHashMap<>();
    result.put("rsquare", Values.of(1 - residualSquares / totalSquares));
    result.put("slope", Values.of(slope));
    result.put("variance", Values.of(totalSquares / (n - 1)));
    result.put("rvariance", Values.of(residualSquares / (n - 1)));
    result.put("interception", Values.of(interception));
    result.put("line_fit", Values.array(line));
    return Values.bag(result);
  }

  private static double[] numbers(Value argument) {
    double[] numbers = SeriesElements.doubles("series_fit_line_dynamic", argument);
    if (numbers != null && numbers.length < 2) {
      throw unsupported("a series of fewer than two points");
    }
    return numbers;
  }

  private static UnsupportedFeatureException unsupported(String what) {
    return new UnsupportedFeatureException(
        "series_fit_line_dynamic", "series_fit_line_dynamic() over " + what);
  }
}
