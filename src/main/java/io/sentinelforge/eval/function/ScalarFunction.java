package io.sentinelforge.eval.function;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.value.Value;
import java.util.List;

/** A named scalar function with its accepted argument count. */
public record ScalarFunction(
    String name, int minArguments, int maxArguments, ScalarImplementation implementation) {

  /** Any number of arguments from the minimum up. */
  public static final int VARIADIC = Integer.MAX_VALUE;

  /** Calls the function; a wrong argument count is an {@link EvaluationException}. */
  public Value invoke(FunctionContext context, List<Value> arguments) {
    if (arguments.size() < minArguments || arguments.size() > maxArguments) {
      throw new EvaluationException(
          "function '"
              + name
              + "' expects "
              + (minArguments == maxArguments
                  ? String.valueOf(minArguments)
                  : minArguments + ".." + (maxArguments == VARIADIC ? "n" : maxArguments))
              + " arguments, got "
              + arguments.size());
    }
    return implementation.apply(context, arguments);
  }
}
