package io.sentinelforge.eval.function;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BoolValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code array_sort_asc}/{@code array_sort_desc}: sorts the first array (nulls last unless a final
 * bool says otherwise) and reorders the other arrays the same way; an array whose length differs
 * from the first one's is null. With one array the result is the sorted array; with several it is
 * an array of the reordered arrays, which print/extend/project/summarize spread into one column per
 * array ({@link io.sentinelforge.kql.syntax.TupleAssignments}).
 */
final class ArraySorting {

  private ArraySorting() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("array_sort_asc", 1, ScalarFunction.VARIADIC, (c, a) -> sort(a, true));
    registry.scalar("array_sort_desc", 1, ScalarFunction.VARIADIC, (c, a) -> sort(a, false));
  }

  private static Value sort(List<Value> arguments, boolean ascending) {
    boolean nullsLast = true;
    List<Value> arrays = arguments;
    if (arguments.get(arguments.size() - 1) instanceof BoolValue flag) {
      nullsLast = flag.value();
      arrays = arguments.subList(0, arguments.size() - 1);
    }
    List<List<Value>> inputs = new ArrayList<>();
    for (Value array : arrays) {
      if (!(array instanceof ArrayValue a)) {
        return Values.NULL_DYNAMIC;
      }
      inputs.add(a.elements());
    }
    List<Value> keys = inputs.get(0);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      order.add(i);
    }
    order.sort(comparator(keys, ascending, nullsLast));
    List<Value> sorted = new ArrayList<>();
    for (List<Value> input : inputs) {
      if (input.size() != keys.size()) {
        sorted.add(Values.NULL_DYNAMIC);
        continue;
      }
      List<Value> reordered = new ArrayList<>();
      order.forEach(i -> reordered.add(input.get(i)));
      sorted.add(Values.array(reordered));
    }
    return sorted.size() == 1 ? sorted.get(0) : Values.array(sorted);
  }

  private static Comparator<Integer> comparator(
      List<Value> keys, boolean ascending, boolean nullsLast) {
    return (i, j) -> {
      Value a = keys.get(i);
      Value b = keys.get(j);
      if (a.isNull() || b.isNull()) {
        int nullOrder = Boolean.compare(a.isNull(), b.isNull());
        return nullsLast ? nullOrder : -nullOrder;
      }
      int order = Comparison.SORT_ORDER.compare(a, b);
      return ascending ? order : -order;
    };
  }
}
