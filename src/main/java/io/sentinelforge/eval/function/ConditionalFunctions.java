package io.sentinelforge.eval.function;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.scalar.Logic;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * {@code iff}/{@code iif}, {@code case}, {@code coalesce}, {@code is*}, {@code max_of}, {@code
 * assert}…
 */
final class ConditionalFunctions {

  private ConditionalFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("iff", 3, a -> Values.isTrue(a.get(0)) ? a.get(1) : a.get(2));
    registry.alias("iif", "iff");
    registry.scalar("case", 3, ScalarFunction.VARIADIC, (c, a) -> caseOf(a));
    registry.scalar("coalesce", 1, ScalarFunction.VARIADIC, (c, a) -> coalesce(a));
    registry.fixed("isnull", 1, a -> Values.of(a.get(0).isNull()));
    registry.fixed("isnotnull", 1, a -> Values.of(!a.get(0).isNull()));
    registry.fixed("isempty", 1, a -> Values.of(Values.isEmpty(a.get(0))));
    registry.fixed("isnotempty", 1, a -> Values.of(!Values.isEmpty(a.get(0))));
    registry.alias("notempty", "isnotempty");
    registry.alias("notnull", "isnotnull");
    registry.fixed("not", 1, a -> Logic.not(a.get(0)));
    registry.scalar("max_of", 1, ScalarFunction.VARIADIC, (c, a) -> extreme(a, true));
    registry.scalar("min_of", 1, ScalarFunction.VARIADIC, (c, a) -> extreme(a, false));
    registry.fixed("assert", 2, ConditionalFunctions::assertion);
  }

  /** {@code assert(condition, message)}: true, or the query fails with the message. */
  private static Value assertion(List<Value> arguments) {
    if (Values.isTrue(arguments.get(0))) {
      return Values.TRUE;
    }
    throw new EvaluationException(
        "assert() has failed with message: '" + Arguments.text(arguments, 1) + "'");
  }

  private static Value caseOf(List<Value> arguments) {
    int pairs = (arguments.size() - 1) / 2;
    for (int i = 0; i < pairs; i++) {
      if (Values.isTrue(arguments.get(2 * i))) {
        return arguments.get(2 * i + 1);
      }
    }
    return arguments.get(arguments.size() - 1);
  }

  private static Value coalesce(List<Value> arguments) {
    for (Value value : arguments) {
      boolean emptyString = value instanceof StringValue s && s.value().isEmpty();
      if (!value.isNull() && !emptyString) {
        return value;
      }
    }
    return arguments.get(arguments.size() - 1);
  }

  private static Value extreme(List<Value> arguments, boolean maximum) {
    Value best = null;
    for (Value value : arguments) {
      if (value.isNull()) {
        continue;
      }
      if (best == null) {
        best = value;
        continue;
      }
      int order = Comparison.SORT_ORDER.compare(value, best);
      if (maximum ? order > 0 : order < 0) {
        best = value;
      }
    }
    return best != null ? best : arguments.get(0);
  }
}
