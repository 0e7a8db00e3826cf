package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import java.util.List;

/** The body of a scalar function: argument values in, one value out. */
@FunctionalInterface
public interface ScalarImplementation {
  Value apply(FunctionContext context, List<Value> arguments);
}
