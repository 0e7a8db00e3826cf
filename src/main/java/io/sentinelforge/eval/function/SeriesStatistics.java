package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code series_stats_dynamic(series [, ignore_nonfinite])}: min, min_idx, max, max_idx, avg, stdev
 * and variance (sample), sum and len (the array's length). With a non-finite element (null, NaN,
 * ±∞) and ignore_nonfinite false (the default) every statistic is null; with it true such elements
 * are skipped, positions still counting from the start of the series.
 */
final class SeriesStatistics {

  private static final String[] NAMES = {
    "min", "min_idx", "max", "max_idx", "avg", "stdev", "variance", "sum", "len"
  };

  private SeriesStatistics() {}

  static Value of(List<Value> arguments) {
    List<Value> series = SeriesElements.of("series_stats_dynamic", arguments.get(0));
    if (series == null) {
      return Values.NULL_DYNAMIC;
    }
    boolean ignoreNonFinite = arguments.size() > 1 && Values.isTrue(arguments.get(1));
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long minIndex = -1;
    long maxIndex = -1;
    long count = 0;
    double sum = 0;
    double mean = 0;
    double squares = 0;
    for (int i = 0; i < series.size(); i++) {
      Double x = SeriesElements.number(series, i);
      if (x == null || !Double.isFinite(x)) {
        if (ignoreNonFinite) {
          continue;
        }
        return allNull();
      }
      if (x < min) {
        min = x;
        minIndex = i;
      }
      if (x > max) {
        max = x;
        maxIndex = i;
      }
      count++;
      sum += x;
      double delta = x - mean;
      mean += delta / count;
      squares += delta * (x - mean);
    }
    if (count == 0) {
      return allNull();
    }
    double variance = count > 1 ? squares / (count - 1) : 0;
    Map<String, Value> stats = new LinkedHashMap<>();
    stats.put("min", Values.of(min));
    stats.put("min_idx", Values.of(minIndex));
    stats.put("max", Values.of(max));
    stats.put("max_idx", Values.of(maxIndex));
    stats.put("avg", Values.of(sum / count));
    stats.put("stdev", Values.of(Math.sqrt(variance)));
    stats.put("variance", Values.of(variance));
    stats.put("sum", Values.of(sum));
    stats.put("len", Values.of((long) series.size()));
    return Values.bag(stats);
  }

  private static Value allNull() {
    Map<String, Value> stats = new LinkedHashMap<>();
    for (String name : NAMES) {
      stats.put(name, Values.NULL_DYNAMIC);
    }
    return Values.bag(stats);
  }
}
