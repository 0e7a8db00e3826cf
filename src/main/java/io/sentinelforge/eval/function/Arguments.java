package io.sentinelforge.eval.function;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import java.util.List;

/** Reads function arguments; a missing optional argument reads as the given default. */
final class Arguments {

  private Arguments() {}

  /** The argument as text ({@code tostring}), or the default when absent. */
  static String text(List<Value> arguments, int index, String absent) {
    if (index >= arguments.size()) {
      return absent;
    }
    Value value = arguments.get(index);
    return value instanceof StringValue s ? s.value() : value.toKqlString();
  }

  static String text(List<Value> arguments, int index) {
    return text(arguments, index, "");
  }

  /** The argument as a long, the default when absent, or null when it is null/not a number. */
  static Long integer(List<Value> arguments, int index, Long absent) {
    if (index >= arguments.size()) {
      return absent;
    }
    return Numbers.asLongObject(arguments.get(index));
  }

  static Long integer(List<Value> arguments, int index) {
    return integer(arguments, index, null);
  }

  /** The argument as a double, or null when it is null or not a number. */
  static Double real(List<Value> arguments, int index) {
    return index >= arguments.size() ? null : Numbers.asDouble(arguments.get(index));
  }

  /** Whether any argument is a typed null (strings are never null). */
  static boolean anyNull(List<Value> arguments) {
    for (Value value : arguments) {
      if (value.isNull()) {
        return true;
      }
    }
    return false;
  }

  /** The argument's elements when it is a dynamic array, else null. */
  static List<Value> array(List<Value> arguments, int index) {
    if (index < arguments.size() && arguments.get(index) instanceof ArrayValue array) {
      return array.elements();
    }
    return null;
  }

  static EvaluationException invalid(String function, String message) {
    return new EvaluationException(function + "(): " + message);
  }
}
