package io.sentinelforge.eval.value;

import java.util.List;

/**
 * KQL's indexing into {@code dynamic} values: {@code d.name}, {@code d["name"]}, {@code d[0]},
 * {@code d[-1]} (from the end). Anything missing or mismatched yields {@code dynamic(null)}.
 */
public final class Dynamics {

  private Dynamics() {}

  /** {@code target[key]}: an integer key indexes arrays, a string key reads bag properties. */
  public static Value get(Value target, Value key) {
    if (target instanceof ArrayValue array) {
      Long index = Numbers.isInteger(key) ? Numbers.asLongObject(key) : null;
      return index == null ? Values.NULL_DYNAMIC : element(array.elements(), index);
    }
    if (target instanceof BagValue bag && key instanceof StringValue name) {
      return property(bag, name.value());
    }
    return Values.NULL_DYNAMIC;
  }

  /** {@code target.name}. */
  public static Value property(Value target, String name) {
    if (target instanceof BagValue bag) {
      Value value = bag.properties().get(name);
      return value == null ? Values.NULL_DYNAMIC : value;
    }
    return Values.NULL_DYNAMIC;
  }

  private static Value element(List<Value> elements, long index) {
    long position = index < 0 ? elements.size() + index : index;
    if (position < 0 || position >= elements.size()) {
      return Values.NULL_DYNAMIC;
    }
    return elements.get((int) position);
  }
}
