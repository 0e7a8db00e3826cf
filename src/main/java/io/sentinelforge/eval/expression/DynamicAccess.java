package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * Property ({@code d.name}, {@code d["name"]}) and element ({@code d[0]}, {@code d[-1]}) access on
 * dynamic values; anything missing, or access on a non-container, is a dynamic null.
 */
final class DynamicAccess {

  private DynamicAccess() {}

  static Column property(Column target, String name) {
    return RowWise.map(
        List.of(target), values -> property(values.get(0), name), KqlType.DYNAMIC, target.size());
  }

  static Column index(Column target, Column index) {
    return RowWise.map(
        List.of(target, index),
        values -> element(values.get(0), values.get(1)),
        KqlType.DYNAMIC,
        target.size());
  }

  static Value property(Value target, String name) {
    if (target instanceof BagValue bag) {
      Value value = bag.properties().get(name);
      return value == null ? Values.NULL_DYNAMIC : value;
    }
    return Values.NULL_DYNAMIC;
  }

  static Value element(Value target, Value index) {
    if (index instanceof StringValue key) {
      return property(target, key.value());
    }
    if (target instanceof ArrayValue array
        && (index instanceof LongValue || index instanceof IntValue)) {
      long position = index instanceof LongValue l ? l.value() : ((IntValue) index).value();
      int size = array.elements().size();
      long effective = position < 0 ? size + position : position;
      return effective >= 0 && effective < size
          ? array.elements().get((int) effective)
          : Values.NULL_DYNAMIC;
    }
    return Values.NULL_DYNAMIC;
  }
}
