package io.sentinelforge.eval.function;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code series_iir} (the reference's recursive formula, a[0] normalising) and {@code
 * series_seasonal} with an explicit period (the median of each phase across periods). Automatic
 * period detection and series with non-numeric elements are reported as unsupported.
 */
final class SeriesFilters {

  private SeriesFilters() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("series_iir", 3, SeriesFilters::infiniteImpulseResponse);
    registry.scalar("series_seasonal", 1, 2, (c, a) -> seasonal(a));
  }

  private static Value infiniteImpulseResponse(List<Value> arguments) {
    double[] x = SeriesElements.doubles("series_iir", arguments.get(0));
    double[] b = SeriesElements.doubles("series_iir", arguments.get(1));
    double[] a = SeriesElements.doubles("series_iir", arguments.get(2));
    if (x == null || b == null || a == null || a.length == 0) {
      return Values.NULL_DYNAMIC;
    }
    double[] y = new double[x.length];
    List<Value> result = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      double sum = 0;
      for (int k = 0; k < b.length && k <= i; k++) {
        sum += b[k] * x[i - k];
      }
      for (int k = 1; k < a.length && k <= i; k++) {
        sum -= a[k] * y[i - k];
      }
      y[i] = sum / a[0];
      result.add(Values.of(y[i]));
    }
    return Values.array(result);
  }

  private static Value seasonal(List<Value> arguments) {
    double[] series = SeriesElements.doubles("series_seasonal", arguments.get(0));
    if (series == null) {
      return Values.NULL_DYNAMIC;
    }
    Long period = Arguments.integer(arguments, 1, -1L);
    if (period == null || period == -1) {
      throw new UnsupportedFeatureException(
          "series_seasonal", "series_seasonal() detecting the period itself is not supported");
    }
    List<Value> result = new ArrayList<>();
    for (int i = 0; i < series.length; i++) {
      result.add(Values.of(period <= 0 ? 0.0 : phaseMedian(series, i % period.intValue(), period)));
    }
    return Values.array(result);
  }

  private static double phaseMedian(double[] series, int phase, long period) {
    double[] values = new double[(int) ((series.length - phase + period - 1) / period)];
    for (int i = phase, n = 0; i < series.length; i += (int) period, n++) {
      values[n] = series[i];
    }
    Arrays.sort(values);
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
