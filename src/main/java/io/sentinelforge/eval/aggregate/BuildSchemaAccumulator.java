package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import java.util.List;

/** {@code buildschema(value)}: the minimal schema admitting every value of the group. */
final class BuildSchemaAccumulator implements Accumulator {

  private final DynamicSchema schema = new DynamicSchema();

  @Override
  public void add(List<Value> arguments) {
    schema.admit(arguments.get(0));
  }

  @Override
  public Value result() {
    return schema.toValue();
  }
}
