package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code series_fill_forward}, {@code series_fill_backward}, {@code series_fill_const} and {@code
 * series_fill_linear}: replace the elements equal to a placeholder (default: null) and keep the
 * other elements as they are. Linear interpolation of an all-integer series truncates, as the
 * reference's example shows (73.5 becomes 73, 32.667 becomes 32).
 */
final class SeriesFills {

  private SeriesFills() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("series_fill_forward", 1, 2, (c, a) -> fillForward(a, false));
    registry.scalar("series_fill_backward", 1, 2, (c, a) -> fillForward(a, true));
    registry.scalar("series_fill_const", 2, 3, (c, a) -> fillConstant(a));
    registry.scalar("series_fill_linear", 1, 4, (c, a) -> SeriesInterpolation.fill(a));
  }

  /** Whether the element is the missing-value placeholder (null when none is given). */
  static boolean isMissing(Value element, Value placeholder) {
    if (placeholder == null || placeholder.isNull()) {
      return element.isNull();
    }
    if (Numbers.isNumber(element) && Numbers.isNumber(placeholder)) {
      return Numbers.asDouble(element).equals(Numbers.asDouble(placeholder));
    }
    return element.equals(placeholder);
  }

  static Value placeholder(List<Value> arguments, int index) {
    return index < arguments.size() ? arguments.get(index) : null;
  }

  private static Value fillForward(List<Value> arguments, boolean backward) {
    String name = backward ? "series_fill_backward" : "series_fill_forward";
    List<Value> series = SeriesElements.of(name, arguments.get(0));
    if (series == null) {
      return Values.NULL_DYNAMIC;
    }
    Value placeholder = placeholder(arguments, 1);
    List<Value> result = new ArrayList<>(series);
    Value last = null;
    for (int step = 0; step < result.size(); step++) {
      int i = backward ? result.size() - 1 - step : step;
      if (!isMissing(result.get(i), placeholder)) {
        last = result.get(i);
      } else if (last != null) {
        result.set(i, last);
      }
    }
    return Values.array(result);
  }

  private static Value fillConstant(List<Value> arguments) {
    List<Value> series = SeriesElements.of("series_fill_const", arguments.get(0));
    if (series == null) {
      return Values.NULL_DYNAMIC;
    }
    Value placeholder = placeholder(arguments, 2);
    List<Value> result = new ArrayList<>();
    for (Value element : series) {
      result.add(isMissing(element, placeholder) ? arguments.get(1) : element);
    }
    return Values.array(result);
  }
}
