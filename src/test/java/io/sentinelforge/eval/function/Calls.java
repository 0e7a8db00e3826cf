package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.DateTimeParser;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.TimespanParser;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.time.Instant;
import java.util.List;

/** Test helpers: build argument values tersely and call the standard registry. */
final class Calls {

  static final FunctionContext CONTEXT = FunctionContext.at(Instant.parse("2026-01-15T12:00:00Z"));

  private Calls() {}

  static Value call(String name, Value... arguments) {
    return FunctionRegistry.standard().call(name, CONTEXT, List.of(arguments));
  }

  static Value s(String text) {
    return Values.of(text);
  }

  static Value l(long value) {
    return Values.of(value);
  }

  static Value r(double value) {
    return Values.of(value);
  }

  static Value b(boolean value) {
    return Values.of(value);
  }

  static Value dt(String text) {
    return Values.datetime(DateTimeParser.parse(text).orElseThrow());
  }

  static Value ts(String text) {
    return Values.timespan(TimespanParser.parse(text).orElseThrow());
  }

  static Value json(String text) {
    return Json.tryParse(text).orElseThrow();
  }
}
