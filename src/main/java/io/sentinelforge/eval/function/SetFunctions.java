package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.array;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/** {@code set_union}, {@code set_intersect}, {@code set_difference}, {@code set_has_element}, … */
final class SetFunctions {

  private SetFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("set_union", 2, ScalarFunction.VARIADIC, (c, a) -> union(a));
    registry.scalar("set_intersect", 2, ScalarFunction.VARIADIC, (c, a) -> intersect(a));
    registry.scalar("set_difference", 2, ScalarFunction.VARIADIC, (c, a) -> difference(a));
    registry.fixed("set_has_element", 2, SetFunctions::hasElement);
    registry.fixed("jaccard_index", 2, SetFunctions::jaccard);
  }

  private static boolean contains(List<Value> elements, Value candidate) {
    for (Value element : elements) {
      if (element.equals(candidate) || Values.isTrue(Comparison.equal(element, candidate))) {
        return true;
      }
    }
    return false;
  }

  private static List<Value> distinct(List<Value> elements) {
    List<Value> out = new ArrayList<>();
    for (Value element : elements) {
      if (!contains(out, element)) {
        out.add(element);
      }
    }
    return out;
  }

  private static Value union(List<Value> arguments) {
    List<Value> all = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      List<Value> elements = array(arguments, i);
      if (elements == null) {
        return Values.NULL_DYNAMIC;
      }
      all.addAll(elements);
    }
    return Values.array(distinct(all));
  }

  private static Value intersect(List<Value> arguments) {
    List<Value> result = array(arguments, 0);
    if (result == null) {
      return Values.NULL_DYNAMIC;
    }
    result = distinct(result);
    for (int i = 1; i < arguments.size(); i++) {
      List<Value> other = array(arguments, i);
      if (other == null) {
        return Values.NULL_DYNAMIC;
      }
      result.removeIf(element -> !contains(other, element));
    }
    return Values.array(result);
  }

  private static Value difference(List<Value> arguments) {
    List<Value> result = array(arguments, 0);
    if (result == null) {
      return Values.NULL_DYNAMIC;
    }
    result = distinct(result);
    for (int i = 1; i < arguments.size(); i++) {
      List<Value> other = array(arguments, i);
      if (other == null) {
        return Values.NULL_DYNAMIC;
      }
      result.removeIf(element -> contains(other, element));
    }
    return Values.array(result);
  }

  private static Value hasElement(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    return elements == null ? Values.NULL_BOOL : Values.of(contains(elements, arguments.get(1)));
  }

  private static Value jaccard(List<Value> arguments) {
    List<Value> first = array(arguments, 0);
    List<Value> second = array(arguments, 1);
    if (first == null || second == null) {
      return Values.NULL_REAL;
    }
    List<Value> a = distinct(first);
    List<Value> b = distinct(second);
    long common = a.stream().filter(element -> contains(b, element)).count();
    long union = a.size() + b.size() - common;
    return Values.of(union == 0 ? 0.0 : (double) common / union);
  }
}
