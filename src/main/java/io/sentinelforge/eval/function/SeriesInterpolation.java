package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code series_fill_linear(series [, placeholder [, fill_edges [, constant]]])}: missing elements
 * between two known ones are interpolated linearly; leading and trailing ones take the nearest
 * known value when fill_edges (default true); a series with no known element is filled with the
 * constant (default 0.0; a null constant keeps the nulls).
 */
final class SeriesInterpolation {

  private SeriesInterpolation() {}

  static Value fill(List<Value> arguments) {
    List<Value> series = SeriesElements.of("series_fill_linear", arguments.get(0));
    if (series == null) {
      return Values.NULL_DYNAMIC;
    }
    Value placeholder = SeriesFills.placeholder(arguments, 1);
    boolean fillEdges = arguments.size() < 3 || Values.isTrue(arguments.get(2));
    Value constant = arguments.size() > 3 ? arguments.get(3) : Values.of(0.0);
    List<Integer> known = new ArrayList<>();
    boolean integral = true;
    for (int i = 0; i < series.size(); i++) {
      Value element = series.get(i);
      if (!SeriesFills.isMissing(element, placeholder) && Numbers.isNumber(element)) {
        known.add(i);
        integral &= element instanceof LongValue || element instanceof IntValue;
      }
    }
    List<Value> result = new ArrayList<>(series);
    if (known.isEmpty()) {
      for (int i = 0; i < result.size(); i++) {
        result.set(i, constant.isNull() ? Values.NULL_DYNAMIC : constant);
      }
      return Values.array(result);
    }
    for (int k = 0; k + 1 < known.size(); k++) {
      interpolate(result, placeholder, known.get(k), known.get(k + 1), integral);
    }
    if (fillEdges) {
      int first = known.get(0);
      int last = known.get(known.size() - 1);
      for (int i = 0; i < result.size(); i++) {
        if ((i < first || i > last) && SeriesFills.isMissing(result.get(i), placeholder)) {
          result.set(i, series.get(i < first ? first : last));
        }
      }
    }
    return Values.array(result);
  }

  /** Fills the missing elements strictly between two known ones (others stay as they are). */
  private static void interpolate(
      List<Value> result, Value placeholder, int from, int to, boolean integral) {
    double start = Numbers.asDouble(result.get(from));
    double end = Numbers.asDouble(result.get(to));
    for (int i = from + 1; i < to; i++) {
      if (SeriesFills.isMissing(result.get(i), placeholder)) {
        double value = start + (end - start) * (i - from) / (to - from);
        result.set(i, integral ? Values.of((long) value) : Values.of(value));
      }
    }
  }
}
