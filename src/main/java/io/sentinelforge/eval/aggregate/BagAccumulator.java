package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make_bag}: merges property bags; non-bag values are skipped, the first value of a key
 * wins, and at most {@code maxSize} keys (second argument, default 1,048,576) are kept.
 */
final class BagAccumulator implements Accumulator {

  private final Map<String, Value> merged = new LinkedHashMap<>();

  @Override
  public void add(List<Value> arguments) {
    if (!(arguments.get(0) instanceof BagValue bag)) {
      return;
    }
    Long limit = arguments.size() > 1 ? Numbers.asLongObject(arguments.get(1)) : null;
    long maxSize = limit == null || limit <= 0 ? CollectAccumulator.DEFAULT_MAX_SIZE : limit;
    for (Map.Entry<String, Value> property : bag.properties().entrySet()) {
      if (merged.size() >= maxSize) {
        return;
      }
      merged.putIfAbsent(property.getKey(), property.getValue());
    }
  }

  @Override
  public Value result() {
    return Values.bag(merged);
  }
}
