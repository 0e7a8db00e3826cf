package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code make_list} and {@code make_set}: values in arrival order, nulls skipped, at most {@code
 * maxSize} elements (second argument, default 1,048,576). {@code make_set} keeps distinct values
 * and spreads array values into their elements.
 */
final class CollectAccumulator implements Accumulator {

  static final long DEFAULT_MAX_SIZE = 1_048_576;

  private final boolean distinct;
  private final boolean keepNulls;
  private final List<Value> list = new ArrayList<>();
  private final Set<Value> set = new LinkedHashSet<>();

  CollectAccumulator(boolean distinct) {
    this(distinct, false);
  }

  private CollectAccumulator(boolean distinct, boolean keepNulls) {
    this.distinct = distinct;
    this.keepNulls = keepNulls;
  }

  static CollectAccumulator withNulls() {
    return new CollectAccumulator(false, true);
  }

  @Override
  public void add(List<Value> arguments) {
    Value value = arguments.get(0);
    long maxSize = arguments.size() > 1 ? limit(arguments.get(1)) : DEFAULT_MAX_SIZE;
    if (value.isNull() && !keepNulls) {
      return;
    }
    if (!distinct) {
      if (list.size() < maxSize) {
        list.add(value);
      }
      return;
    }
    if (value instanceof ArrayValue array) {
      for (Value element : array.elements()) {
        if (set.size() < maxSize && !element.isNull()) {
          set.add(Keys.of(element));
        }
      }
    } else if (set.size() < maxSize) {
      set.add(Keys.of(value));
    }
  }

  private static long limit(Value maxSize) {
    Long limit = Numbers.asLongObject(maxSize);
    return limit == null || limit <= 0 ? DEFAULT_MAX_SIZE : limit;
  }

  @Override
  public Value result() {
    return Values.array(distinct ? new ArrayList<>(set) : list);
  }
}
