package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.Dynamics;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code range} (the scalar array form) and {@code extract_json} (a JSONPath subset). */
final class DynamicFunctions {

  static final int MAX_RANGE = 1_048_576;

  private DynamicFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("range", 2, 3, (c, a) -> range(a));
    registry.scalar("extract_json", 2, 3, (c, a) -> extractJson(a));
    registry.alias("extractjson", "extract_json");
    registry.alias("parsejson", "todynamic");
  }

  private static Value range(List<Value> arguments) {
    Value start = arguments.get(0);
    Value stop = arguments.get(1);
    Value step = arguments.size() > 2 ? arguments.get(2) : defaultStep(start);
    if (Arguments.anyNull(arguments) || step.isNull()) {
      return Values.NULL_DYNAMIC;
    }
    boolean descending = Values.isTrue(Comparison.less(step, Arithmetic.subtract(step, step)));
    List<Value> out = new ArrayList<>();
    for (Value current = start;
        Values.isTrue(
            descending
                ? Comparison.greaterOrEqual(current, stop)
                : Comparison.lessOrEqual(current, stop));
        current = Arithmetic.add(current, step)) {
      out.add(current);
      if (out.size() >= MAX_RANGE) {
        break; // KQL truncates the array at 1,048,576 elements
      }
      if (Values.isTrue(Comparison.equal(step, Arithmetic.subtract(step, step)))) {
        break;
      }
    }
    return Values.array(out);
  }

  private static Value defaultStep(Value start) {
    return start.type() == KqlType.DATETIME || start.type() == KqlType.TIMESPAN
        ? Values.timespan(TimespanValue.TICKS_PER_HOUR)
        : Values.of(1L);
  }

  /** {@code extract_json(path, json [, typeName])}: {@code $.a.b}, {@code $['a']}, {@code [0]}. */
  private static Value extractJson(List<Value> arguments) {
    Optional<Value> document = Json.tryParse(text(arguments, 1));
    if (document.isEmpty()) {
      return Values.EMPTY_STRING;
    }
    Value current = document.get();
    for (Value step : JsonPath.steps(text(arguments, 0))) {
      current = Dynamics.get(current, step);
    }
    KqlType type =
        arguments.size() > 2
            ? KqlType.fromName(text(arguments, 2)).orElse(KqlType.STRING)
            : KqlType.STRING;
    return Conversions.to(type, current);
  }
}
