package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.array;
import static io.sentinelforge.eval.function.Arguments.integer;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Array functions: {@code array_length}, {@code array_slice}, {@code array_concat}, … */
final class ArrayFunctions {

  private ArrayFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("array_length", 1, a -> length(a));
    registry.scalar("array_concat", 1, ScalarFunction.VARIADIC, (c, a) -> concat(a));
    registry.fixed("array_slice", 3, ArrayFunctions::slice);
    registry.scalar("array_index_of", 2, 5, (c, a) -> indexOf(a));
    registry.fixed("array_reverse", 1, a -> reverse(a));
    registry.fixed("array_rotate_left", 2, a -> rotate(a, 1));
    registry.fixed("array_rotate_right", 2, a -> rotate(a, -1));
    registry.scalar("array_shift_left", 2, 3, (c, a) -> shift(a, 1));
    registry.scalar("array_shift_right", 2, 3, (c, a) -> shift(a, -1));
    registry.fixed("array_sum", 1, a -> sum(a));
    registry.fixed("array_iff", 3, ArrayFunctions::iff);
    registry.alias("array_iif", "array_iff");
    registry.fixed("array_split", 2, ArrayFunctions::split);
    registry.fixed("repeat", 2, ArrayFunctions::repeat);
    ArraySorting.register(registry);
    SetFunctions.register(registry);
  }

  private static Value length(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    return elements == null ? Values.NULL_LONG : Values.of((long) elements.size());
  }

  private static Value concat(List<Value> arguments) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      List<Value> elements = array(arguments, i);
      if (elements == null) {
        return Values.NULL_DYNAMIC;
      }
      out.addAll(elements);
    }
    return Values.array(out);
  }

  private static Value slice(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    Long start = integer(arguments, 1);
    Long end = integer(arguments, 2);
    if (elements == null || start == null || end == null) {
      return Values.NULL_DYNAMIC;
    }
    int size = elements.size();
    long from = Math.max(0, start < 0 ? size + start : start);
    long to = Math.min(size - 1L, end < 0 ? size + end : end);
    return from > to
        ? Values.array(List.of())
        : Values.array(elements.subList((int) from, (int) to + 1));
  }

  private static Value indexOf(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    if (elements == null) {
      return Values.NULL_LONG;
    }
    Long start = integer(arguments, 2, 0L);
    Long length = integer(arguments, 3, -1L);
    Long occurrence = integer(arguments, 4, 1L);
    if (start == null || length == null || occurrence == null) {
      return Values.NULL_LONG;
    }
    int from = (int) Math.max(0, start < 0 ? elements.size() + start : start);
    int to = length < 0 ? elements.size() : (int) Math.min(elements.size(), from + length);
    long seen = 0;
    for (int i = from; i < to; i++) {
      if (Values.isTrue(Comparison.equal(elements.get(i), arguments.get(1)))
          && ++seen == occurrence) {
        return Values.of((long) i);
      }
    }
    return Values.of(-1L);
  }

  private static Value reverse(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    if (elements == null) {
      return Values.NULL_DYNAMIC;
    }
    List<Value> out = new ArrayList<>(elements);
    Collections.reverse(out);
    return Values.array(out);
  }

  private static Value rotate(List<Value> arguments, int direction) {
    List<Value> elements = array(arguments, 0);
    Long count = integer(arguments, 1);
    if (elements == null || count == null) {
      return Values.NULL_DYNAMIC;
    }
    List<Value> out = new ArrayList<>(elements);
    if (!out.isEmpty()) {
      Collections.rotate(out, (int) (-direction * (count % out.size())));
    }
    return Values.array(out);
  }

  private static Value shift(List<Value> arguments, int direction) {
    List<Value> elements = array(arguments, 0);
    Long count = integer(arguments, 1);
    if (elements == null || count == null) {
      return Values.NULL_DYNAMIC;
    }
    Value fill = arguments.size() > 2 ? arguments.get(2) : Values.NULL_DYNAMIC;
    long shift = direction * count;
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      long source = i + shift;
      out.add(source >= 0 && source < elements.size() ? elements.get((int) source) : fill);
    }
    return Values.array(out);
  }

  private static Value sum(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    if (elements == null) {
      return Values.NULL_REAL;
    }
    double total = 0;
    for (Value element : elements) {
      Double number = Numbers.asDouble(element);
      if (number == null) {
        return Values.NULL_REAL;
      }
      total += number;
    }
    return Values.of(total);
  }

  private static Value iff(List<Value> arguments) {
    List<Value> conditions = array(arguments, 0);
    if (conditions == null) {
      return Values.NULL_DYNAMIC;
    }
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      Value condition = conditions.get(i);
      Double number = Numbers.asDouble(condition);
      if (number == null) {
        out.add(Values.NULL_DYNAMIC);
        continue;
      }
      int branch = number != 0 ? 1 : 2;
      Value chosen = arguments.get(branch);
      out.add(chosen instanceof ArrayValue a ? elementOrNull(a, i) : chosen);
    }
    return Values.array(out);
  }

  private static Value elementOrNull(ArrayValue array, int index) {
    return index < array.elements().size() ? array.elements().get(index) : Values.NULL_DYNAMIC;
  }

  private static Value split(List<Value> arguments) {
    List<Value> elements = array(arguments, 0);
    if (elements == null) {
      return Values.NULL_DYNAMIC;
    }
    List<Long> cuts = new ArrayList<>();
    List<Value> indices = array(arguments, 1);
    for (Value index : indices != null ? indices : List.of(arguments.get(1))) {
      Long cut = Numbers.asLongObject(index);
      if (cut != null) {
        long position = cut < 0 ? elements.size() + cut : cut;
        cuts.add(Math.max(0, Math.min(elements.size(), position)));
      }
    }
    List<Value> parts = new ArrayList<>();
    long from = 0;
    for (long cut : cuts) {
      parts.add(Values.array(elements.subList((int) from, (int) Math.max(from, cut))));
      from = Math.max(from, cut);
    }
    parts.add(Values.array(elements.subList((int) from, elements.size())));
    return Values.array(parts);
  }

  private static Value repeat(List<Value> arguments) {
    Long count = integer(arguments, 1);
    if (count == null || count < 0) {
      return Values.NULL_DYNAMIC;
    }
    return Values.array(Collections.nCopies((int) Math.min(count, 1_048_576), arguments.get(0)));
  }
}
