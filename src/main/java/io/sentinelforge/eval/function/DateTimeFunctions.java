package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.integer;
import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** Datetime functions: {@code now}, {@code ago}, {@code startof*}, {@code datetime_*}, … */
final class DateTimeFunctions {

  private static final Value NULL_DATETIME = Values.nullOf(KqlType.DATETIME);
  private static final Value NULL_INT = Values.nullOf(KqlType.INT);

  private DateTimeFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("now", 0, 1, (c, a) -> a.isEmpty() ? c.now() : shift(c.now(), a.get(0), 1));
    registry.scalar("ago", 1, 1, (c, a) -> shift(c.now(), a.get(0), -1));
    boundary(registry, "day", Calendar::startOfDay);
    boundary(registry, "week", Calendar::startOfWeek);
    boundary(registry, "month", Calendar::startOfMonth);
    boundary(registry, "year", Calendar::startOfYear);
    registry.fixed("dayofweek", 1, a -> onDate(a, t -> Calendar.dayOfWeek(t) * Calendar.DAY, true));
    part(registry, "dayofmonth", "day");
    part(registry, "dayofyear", "dayofyear");
    part(registry, "hourofday", "hour");
    part(registry, "monthofyear", "month");
    part(registry, "getmonth", "month");
    part(registry, "getyear", "year");
    part(registry, "week_of_year", "week_of_year");
    part(registry, "weekofyear", "week_of_year");
    registry.fixed("datetime_part", 2, a -> datetimePart(text(a, 0), a.get(1)));
    registry.alias("datepart", "datetime_part");
    registry.fixed("datetime_add", 3, DateTimeFunctions::datetimeAdd);
    registry.fixed("datetime_diff", 3, DateTimeFunctions::datetimeDiff);
    unix(registry, "seconds", 10_000_000.0);
    unix(registry, "milliseconds", 10_000.0);
    unix(registry, "microseconds", 10.0);
    unix(registry, "nanoseconds", 0.01);
    DateTimeConstruction.register(registry);
  }

  private static Value shift(Value now, Value span, int sign) {
    if (!(span instanceof TimespanValue t)) {
      return NULL_DATETIME;
    }
    return Values.datetime(((DateTimeValue) now).ticks() + sign * t.ticks());
  }

  private static void boundary(
      FunctionRegistry.Builder registry, String unit, LongBinaryOperator start) {
    registry.scalar("startof" + unit, 1, 2, (c, a) -> boundary(a, start, false));
    registry.scalar("endof" + unit, 1, 2, (c, a) -> boundary(a, start, true));
  }

  private static Value boundary(List<Value> arguments, LongBinaryOperator start, boolean end) {
    Long offset = integer(arguments, 1, 0L);
    if (!(arguments.get(0) instanceof DateTimeValue date) || offset == null) {
      return NULL_DATETIME;
    }
    if (!end) {
      return Values.datetime(start.applyAsLong(date.ticks(), offset));
    }
    return Values.datetime(start.applyAsLong(date.ticks(), offset + 1) - 1);
  }

  private static Value onDate(List<Value> arguments, LongUnaryOperator f, boolean timespan) {
    if (!(arguments.get(0) instanceof DateTimeValue date)) {
      return Values.nullOf(timespan ? KqlType.TIMESPAN : KqlType.INT);
    }
    long result = f.applyAsLong(date.ticks());
    return timespan ? Values.timespan(result) : Values.ofInt((int) result);
  }

  private static void part(FunctionRegistry.Builder registry, String name, String part) {
    registry.fixed(name, 1, a -> datetimePart(part, a.get(0)));
  }

  private static Value datetimePart(String part, Value date) {
    if (!(date instanceof DateTimeValue d)) {
      return NULL_INT;
    }
    Long value = Calendar.part(part, d.ticks());
    if (value == null) {
      throw Arguments.invalid("datetime_part", "unknown part '" + part + "'");
    }
    return Values.ofInt(value.intValue());
  }

  private static Value datetimeAdd(List<Value> arguments) {
    Long amount = integer(arguments, 1);
    if (amount == null || !(arguments.get(2) instanceof DateTimeValue date)) {
      return NULL_DATETIME;
    }
    Long ticks = Calendar.add(text(arguments, 0), amount, date.ticks());
    if (ticks == null) {
      throw Arguments.invalid("datetime_add", "unknown period '" + text(arguments, 0) + "'");
    }
    return Values.datetime(ticks);
  }

  private static Value datetimeDiff(List<Value> arguments) {
    if (!(arguments.get(1) instanceof DateTimeValue first)
        || !(arguments.get(2) instanceof DateTimeValue second)) {
      return Values.NULL_LONG;
    }
    Long diff = Calendar.diff(text(arguments, 0), first.ticks(), second.ticks());
    if (diff == null) {
      throw Arguments.invalid("datetime_diff", "unknown period '" + text(arguments, 0) + "'");
    }
    return Values.of(diff);
  }

  private static void unix(FunctionRegistry.Builder registry, String unit, double ticksPerUnit) {
    registry.fixed(
        "unixtime_" + unit + "_todatetime",
        1,
        a -> {
          Double amount = Arguments.real(a, 0);
          return amount == null || !Double.isFinite(amount)
              ? NULL_DATETIME
              : Values.datetime(Math.round(amount * ticksPerUnit));
        });
  }
}
