package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.integer;
import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.DateTimes;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code make_datetime}, {@code make_timespan}, time zones, and the format functions. */
final class DateTimeConstruction {

  private DateTimeConstruction() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("make_datetime", 1, 7, (c, a) -> makeDatetime(a));
    registry.scalar("make_timespan", 1, ScalarFunction.VARIADIC, (c, a) -> makeTimespan(a));
    registry.fixed("datetime_local_to_utc", 2, a -> convertZone(a, true));
    registry.fixed("datetime_utc_to_local", 2, a -> convertZone(a, false));
    registry.scalar("datetime_list_timezones", 0, 0, (c, a) -> timezones());
    registry.fixed("format_datetime", 2, a -> formatDatetime(a));
    registry.fixed("format_timespan", 2, a -> formatTimespan(a));
  }

  private static Value makeDatetime(List<Value> arguments) {
    if (arguments.size() < 3) {
      throw Arguments.invalid("make_datetime", "expects year, month and day at least");
    }
    if (Arguments.anyNull(arguments)) {
      return Values.nullOf(KqlType.DATETIME);
    }
    try {
      Double seconds = Arguments.real(arguments, 5);
      LocalDateTime time =
          LocalDateTime.of(
              integer(arguments, 0).intValue(),
              integer(arguments, 1).intValue(),
              integer(arguments, 2).intValue(),
              integer(arguments, 3, 0L).intValue(),
              integer(arguments, 4, 0L).intValue());
      long ticks = DateTimes.toTicks(time);
      if (seconds != null) {
        ticks += Math.round(seconds * TimespanValue.TICKS_PER_SECOND);
      }
      return Values.datetime(ticks);
    } catch (DateTimeException | NullPointerException e) {
      return Values.nullOf(KqlType.DATETIME);
    }
  }

  private static Value makeTimespan(List<Value> arguments) {
    if (arguments.size() < 2 || arguments.size() > 4) {
      throw Arguments.invalid("make_timespan", "expects 2 to 4 arguments, got " + arguments.size());
    }
    if (Arguments.anyNull(arguments)) {
      return Values.nullOf(KqlType.TIMESPAN);
    }
    long[] units =
        arguments.size() == 4
            ? new long[] {
              TimespanValue.TICKS_PER_DAY,
              TimespanValue.TICKS_PER_HOUR,
              TimespanValue.TICKS_PER_MINUTE
            }
            : new long[] {TimespanValue.TICKS_PER_HOUR, TimespanValue.TICKS_PER_MINUTE};
    long ticks = 0;
    for (int i = 0; i < units.length; i++) {
      ticks += integer(arguments, i) * units[i];
    }
    Double seconds = Arguments.real(arguments, units.length);
    if (seconds != null) {
      ticks += Math.round(seconds * TimespanValue.TICKS_PER_SECOND);
    }
    return Values.timespan(ticks);
  }

  private static Value convertZone(List<Value> arguments, boolean toUtc) {
    if (!(arguments.get(0) instanceof DateTimeValue date)) {
      return Values.nullOf(KqlType.DATETIME);
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(text(arguments, 1));
    } catch (DateTimeException e) {
      return Values.nullOf(KqlType.DATETIME);
    }
    LocalDateTime time = DateTimes.toLocalDateTime(date.ticks());
    if (toUtc) {
      ZonedDateTime local = ZonedDateTime.ofLocal(time, zone, null);
      return Values.datetime(DateTimes.toTicks(local.toInstant()));
    }
    ZonedDateTime utc = time.atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
    return Values.datetime(DateTimes.toTicks(utc.toLocalDateTime()));
  }

  private static Value timezones() {
    List<Value> zones = new ArrayList<>();
    ZoneId.getAvailableZoneIds().stream().sorted().forEach(z -> zones.add(Values.of(z)));
    return Values.array(zones);
  }

  private static Value formatDatetime(List<Value> arguments) {
    if (!(arguments.get(0) instanceof DateTimeValue date)) {
      return Values.EMPTY_STRING;
    }
    return Values.of(KqlDateFormat.formatDatetime(date.ticks(), text(arguments, 1)));
  }

  private static Value formatTimespan(List<Value> arguments) {
    if (!(arguments.get(0) instanceof TimespanValue span)) {
      return Values.EMPTY_STRING;
    }
    return Values.of(KqlDateFormat.formatTimespan(span.ticks(), text(arguments, 1)));
  }
}
