package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.array;
import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Property-bag functions: {@code bag_pack}/{@code pack}, {@code bag_keys}, {@code bag_merge}, … */
final class BagFunctions {

  private BagFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("bag_pack", 0, ScalarFunction.VARIADIC, (c, a) -> pack(a));
    registry.alias("pack", "bag_pack");
    registry.alias("pack_dictionary", "bag_pack");
    registry.scalar("pack_array", 1, ScalarFunction.VARIADIC, (c, a) -> Values.array(a));
    registry.fixed("bag_keys", 1, BagFunctions::keys);
    registry.scalar("bag_merge", 1, ScalarFunction.VARIADIC, (c, a) -> merge(a));
    registry.fixed("bag_remove_keys", 2, BagFunctions::removeKeys);
    registry.fixed("bag_has_key", 2, BagFunctions::hasKey);
    registry.fixed("bag_set_key", 3, BagFunctions::setKey);
    registry.fixed("bag_zip", 2, BagFunctions::zipToBag);
    registry.scalar("zip", 1, ScalarFunction.VARIADIC, (c, a) -> zip(a));
    registry.fixed("dynamic_to_json", 1, a -> Values.of(Json.write(a.get(0))));
  }

  private static Value pack(List<Value> arguments) {
    if (arguments.size() % 2 != 0) {
      throw Arguments.invalid("bag_pack", "expects key/value pairs");
    }
    Map<String, Value> properties = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i += 2) {
      properties.put(text(arguments, i), arguments.get(i + 1));
    }
    return Values.bag(properties);
  }

  private static Value keys(List<Value> arguments) {
    if (!(arguments.get(0) instanceof BagValue bag)) {
      return Values.NULL_DYNAMIC;
    }
    List<Value> keys = new ArrayList<>();
    bag.properties().keySet().forEach(key -> keys.add(Values.of(key)));
    return Values.array(keys);
  }

  private static Value merge(List<Value> arguments) {
    Map<String, Value> merged = new LinkedHashMap<>();
    for (Value argument : arguments) {
      if (argument instanceof BagValue bag) {
        bag.properties().forEach(merged::putIfAbsent);
      }
    }
    return Values.bag(merged);
  }

  private static Value removeKeys(List<Value> arguments) {
    List<Value> keys = array(arguments, 1);
    if (!(arguments.get(0) instanceof BagValue bag) || keys == null) {
      return Values.NULL_DYNAMIC;
    }
    Map<String, Value> kept = new LinkedHashMap<>(bag.properties());
    keys.forEach(key -> kept.remove(key.toKqlString()));
    return Values.bag(kept);
  }

  private static Value hasKey(List<Value> arguments) {
    if (!(arguments.get(0) instanceof BagValue bag)) {
      return Values.NULL_BOOL;
    }
    return Values.of(bag.properties().containsKey(text(arguments, 1)));
  }

  private static Value setKey(List<Value> arguments) {
    if (!(arguments.get(0) instanceof BagValue bag)) {
      return Values.NULL_DYNAMIC;
    }
    Map<String, Value> updated = new LinkedHashMap<>(bag.properties());
    updated.put(text(arguments, 1), arguments.get(2));
    return Values.bag(updated);
  }

  private static Value zipToBag(List<Value> arguments) {
    List<Value> keys = array(arguments, 0);
    List<Value> values = array(arguments, 1);
    if (keys == null || values == null) {
      return Values.NULL_DYNAMIC;
    }
    Map<String, Value> bag = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) instanceof StringValue key) {
        bag.put(key.value(), i < values.size() ? values.get(i) : Values.NULL_DYNAMIC);
      }
    }
    return Values.bag(bag);
  }

  private static Value zip(List<Value> arguments) {
    int longest = 0;
    for (Value argument : arguments) {
      if (!(argument instanceof ArrayValue array)) {
        return Values.NULL_DYNAMIC;
      }
      longest = Math.max(longest, array.elements().size());
    }
    List<Value> rows = new ArrayList<>();
    for (int i = 0; i < longest; i++) {
      List<Value> row = new ArrayList<>();
      for (Value argument : arguments) {
        List<Value> elements = ((ArrayValue) argument).elements();
        row.add(i < elements.size() ? elements.get(i) : Values.NULL_DYNAMIC);
      }
      rows.add(Values.array(row));
    }
    return Values.array(rows);
  }
}
