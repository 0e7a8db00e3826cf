package io.sentinelforge.eval.function;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import java.util.List;

/**
 * Reads the elements of a series argument (a dynamic array of numbers) for the series_* functions.
 */
final class SeriesElements {

  private SeriesElements() {}

  /**
   * The argument's elements, or null when it is null. A scalar where a series belongs is reported
   * as unsupported: the reference documents scalar broadcasting only for series_dot_product.
   */
  static List<Value> of(String function, Value argument) {
    if (argument instanceof ArrayValue array) {
      return array.elements();
    }
    if (argument.isNull()) {
      return null;
    }
    throw new UnsupportedFeatureException(
        function, function + "() with a non-array argument is not supported");
  }

  /** The element as a number, or null when it is missing, null or not numeric. */
  static Double number(List<Value> elements, int index) {
    if (index >= elements.size()) {
      return null;
    }
    Value element = elements.get(index);
    return Numbers.isNumber(element) ? Numbers.asDouble(element) : null;
  }

  /** Whether the element is an int or long. */
  static boolean isInteger(List<Value> elements, int index) {
    if (index >= elements.size()) {
      return false;
    }
    Value element = elements.get(index);
    return element instanceof LongValue || element instanceof IntValue;
  }

  /** The series as doubles, or null when it is null; a non-numeric element is unsupported. */
  static double[] doubles(String function, Value argument) {
    List<Value> elements = SeriesElements.of(function, argument);
    if (elements == null) {
      return null;
    }
    double[] numbers = new double[elements.size()];
    for (int i = 0; i < numbers.length; i++) {
      Double number = SeriesElements.number(elements, i);
      if (number == null) {
        throw new UnsupportedFeatureException(
            function, function + "() over a series with null or non-numeric elements");
      }
      numbers[i] = number;
    }
    return numbers;
  }
}
