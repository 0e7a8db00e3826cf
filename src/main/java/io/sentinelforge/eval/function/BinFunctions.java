package io.sentinelforge.eval.function;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.DecimalValue;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code bin}/{@code floor}, {@code bin_at} and {@code bin_auto}: round down to a multiple of the
 * bin size. Datetime bins count from 0001-01-01 (KQL's tick origin), so 7-day bins start on
 * Mondays.
 */
final class BinFunctions {

  private BinFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("bin", 2, a -> bin(a.get(0), a.get(1), null));
    registry.alias("floor", "bin");
    registry.fixed("bin_at", 3, a -> bin(a.get(0), a.get(1), a.get(2)));
    registry.scalar("bin_auto", 1, 1, BinFunctions::binAuto);
  }

  /**
   * {@code bin_auto(value)}: {@code bin_at} with the size and fixed point of the request properties
   * {@code query_bin_auto_size} (required) and {@code query_bin_auto_at} (default: bin's origin).
   */
  private static Value binAuto(FunctionContext context, List<Value> arguments) {
    Value size =
        context
            .requestProperty("query_bin_auto_size")
            .orElseThrow(
                () ->
                    new EvaluationException(
                        "bin_auto() needs the size from 'set query_bin_auto_size=...'"));
    return bin(arguments.get(0), size, context.requestProperty("query_bin_auto_at").orElse(null));
  }

  static Value bin(Value value, Value size, Value fixedPoint) {
    if (value.isNull() || size.isNull() || (fixedPoint != null && fixedPoint.isNull())) {
      return Values.nullOf(value.type() == KqlType.INT ? KqlType.LONG : value.type());
    }
    if (value instanceof DateTimeValue date) {
      long origin =
          fixedPoint instanceof DateTimeValue f ? f.ticks() : -Conversions.UNIX_EPOCH_NET_TICKS;
      Long step = stepTicks(size);
      return step == null
          ? Values.nullOf(KqlType.DATETIME)
          : Values.datetime(down(date.ticks(), step, origin));
    }
    if (value instanceof TimespanValue span) {
      long origin = fixedPoint instanceof TimespanValue f ? f.ticks() : 0;
      Long step = stepTicks(size);
      return step == null
          ? Values.nullOf(KqlType.TIMESPAN)
          : Values.timespan(down(span.ticks(), step, origin));
    }
    return numeric(value, size, fixedPoint);
  }

  private static Long stepTicks(Value size) {
    if (size instanceof TimespanValue t) {
      return t.ticks() > 0 ? t.ticks() : null;
    }
    Long number = Numbers.asLongObject(size);
    return number != null && number > 0 ? number : null;
  }

  private static long down(long value, long step, long origin) {
    return Math.floorDiv(value - origin, step) * step + origin;
  }

  private static Value numeric(Value value, Value size, Value fixedPoint) {
    if ((value instanceof IntValue || value instanceof LongValue)
        && (size instanceof IntValue || size instanceof LongValue)) {
      long step = Numbers.asLongObject(size);
      long origin = fixedPoint == null ? 0 : Numbers.asLongObject(fixedPoint);
      return step <= 0
          ? Values.NULL_LONG
          : Values.of(down(Numbers.asLongObject(value), step, origin));
    }
    if (value instanceof DecimalValue || size instanceof DecimalValue) {
      BigDecimal step = Numbers.asDecimal(size);
      BigDecimal origin = fixedPoint == null ? BigDecimal.ZERO : Numbers.asDecimal(fixedPoint);
      BigDecimal x = Numbers.asDecimal(value);
      if (step == null || x == null || step.signum() <= 0) {
        return Values.nullOf(KqlType.DECIMAL);
      }
      BigDecimal bins = x.subtract(origin).divide(step, 0, RoundingMode.FLOOR);
      return Values.of(bins.multiply(step).add(origin));
    }
    Double x = Numbers.asDouble(value);
    Double step = Numbers.asDouble(size);
    double origin = fixedPoint == null ? 0 : Numbers.asDouble(fixedPoint);
    if (x == null
        || step == null
        || step <= 0
        || !(value instanceof RealValue || Numbers.isNumber(value))) {
      return Values.NULL_REAL;
    }
    return Values.of(Math.floor((x - origin) / step) * step + origin);
  }

  static List<String> names() {
    return List.of("bin", "floor", "bin_at", "bin_auto");
  }
}
