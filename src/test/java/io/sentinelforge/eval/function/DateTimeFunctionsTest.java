package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.dt;
import static io.sentinelforge.eval.function.Calls.l;
import static io.sentinelforge.eval.function.Calls.r;
import static io.sentinelforge.eval.function.Calls.s;
import static io.sentinelforge.eval.function.Calls.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.value.Value;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Datetime functions; {@code now()} is the simulated time 2026-01-15T12:00:00Z of {@link Calls}.
 */
class DateTimeFunctionsTest {

  private static Arguments c(String expected, Supplier<Value> call) {
    return Arguments.of(expected, call);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // now/ago read the simulated run time, never the wall clock (DESIGN.md)
        c("2026-01-15T12:00:00.0000000Z", () -> call("now")),
        c("2026-01-15T11:50:00.0000000Z", () -> call("ago", ts("10m"))),
        c("2026-01-12T12:00:00.0000000Z", () -> call("ago", ts("3d"))),
        c("2026-01-15T13:00:00.0000000Z", () -> call("now", ts("1h"))),
        // bin on datetimes, timespans and numbers
        c("1970-05-11T00:00:00.0000000Z", () -> call("bin", dt("1970-05-11 13:45:07"), ts("1d"))),
        c("2026-01-15T11:00:00.0000000Z", () -> call("bin", call("ago", ts("10m")), ts("1h"))),
        c("14.00:00:00", () -> call("bin", ts("16d"), ts("7d"))),
        c("4", () -> call("bin", r(4.5), l(1))),
        c("10", () -> call("bin", l(14), l(5))),
        c("-10", () -> call("bin", l(-6), l(5))),
        c("0.1", () -> call("bin", r(0.15), r(0.1))),
        c("", () -> call("bin", l(5), l(0))),
        c(
            "2017-05-14T12:00:00.0000000Z",
            () -> call("bin_at", dt("2017-05-15 10:20:00"), ts("1d"), dt("1970-01-01 12:00:00"))),
        c(
            "2017-05-14T00:00:00.0000000Z",
            () -> call("bin_at", dt("2017-05-17 10:20:00"), ts("7d"), dt("2017-06-04 00:00:00"))),
        c(
            "2018-02-23T15:14:00.0000000Z",
            () -> call("bin_at", dt("2018-02-24T15:13"), ts("1d"), dt("2018-02-24 15:14:00"))),
        // start/end of periods, with offsets
        c("2016-12-31T23:59:59.9999999Z", () -> call("endofday", dt("2017-01-01 10:10:17"), l(-1))),
        c(
            "2017-02-28T23:59:59.9999999Z",
            () -> call("endofmonth", dt("2017-01-01 10:10:17"), l(1))),
        c("2017-01-07T23:59:59.9999999Z", () -> call("endofweek", dt("2017-01-01 10:10:17"))),
        c("2016-12-31T23:59:59.9999999Z", () -> call("endofweek", dt("2017-01-01"), l(-1))),
        c("2017-01-01T00:00:00.0000000Z", () -> call("startofweek", dt("2017-01-03 10:10:17"))),
        c("2018-01-01T00:00:00.0000000Z", () -> call("startofyear", dt("2017-06-01"), l(1))),
        c("2017-01-01T00:00:00.0000000Z", () -> call("startofmonth", dt("2017-01-29 09:00:05"))),
        c("2017-12-31T23:59:59.9999999Z", () -> call("endofyear", dt("2017-01-01"))),
        // parts
        c("00:00:00", () -> call("dayofweek", dt("1947-11-30 10:00:05"))),
        c("1.00:00:00", () -> call("dayofweek", dt("1970-05-11"))),
        c("14", () -> call("dayofmonth", dt("2015-12-14"))),
        c("348", () -> call("dayofyear", dt("2015-12-14"))),
        c("18", () -> call("hourofday", dt("2015-12-14 18:54"))),
        c("2015", () -> call("getyear", dt("2015-10-12"))),
        c("10", () -> call("monthofyear", dt("2015-10-12"))),
        c("44", () -> call("datetime_part", s("week_of_year"), dt("2017-10-30 01:02:03.7654321"))),
        c("4", () -> call("datetime_part", s("quarter"), dt("2017-10-30 01:02:03.7654321"))),
        c("303", () -> call("datetime_part", s("dayOfYear"), dt("2017-10-30 01:02:03.7654321"))),
        c("765", () -> call("datetime_part", s("millisecond"), dt("2017-10-30 01:02:03.7654321"))),
        c(
            "765432",
            () -> call("datetime_part", s("microsecond"), dt("2017-10-30 01:02:03.7654321"))),
        c(
            "765432100",
            () -> call("datetime_part", s("nanosecond"), dt("2017-10-30 01:02:03.7654321"))),
        // add and diff
        c(
            "2012-01-01T00:00:00.0000000Z",
            () -> call("datetime_add", s("year"), l(-5), dt("2017-01-01"))),
        c(
            "2020-01-01T00:00:00.0000000Z",
            () -> call("datetime_add", s("quarter"), l(12), dt("2017-01-01"))),
        c(
            "2015-10-01T00:00:00.0000000Z",
            () -> call("datetime_add", s("month"), l(-15), dt("2017-01-01"))),
        c(
            "2018-12-02T00:00:00.0000000Z",
            () -> call("datetime_add", s("week"), l(100), dt("2017-01-01"))),
        c(
            "2017-02-28T00:00:00.0000000Z",
            () -> call("datetime_add", s("month"), l(1), dt("2017-01-31"))),
        c("17", () -> call("datetime_diff", s("year"), dt("2017-01-01"), dt("2000-12-31"))),
        c("2", () -> call("datetime_diff", s("quarter"), dt("2017-07-01"), dt("2017-03-30"))),
        c("13", () -> call("datetime_diff", s("month"), dt("2017-01-01"), dt("2015-12-30"))),
        c(
            "5",
            () -> call("datetime_diff", s("week"), dt("2017-10-29 00:00"), dt("2017-09-30 23:59"))),
        c(
            "29",
            () -> call("datetime_diff", s("day"), dt("2017-10-29 00:00"), dt("2017-09-30 23:59"))),
        c(
            "2",
            () -> call("datetime_diff", s("hour"), dt("2017-10-31 01:00"), dt("2017-10-30 23:59"))),
        c(
            "5",
            () ->
                call(
                    "datetime_diff",
                    s("minute"),
                    dt("2017-10-30 23:05:01"),
                    dt("2017-10-30 23:00:59"))),
        c(
            "-700",
            () ->
                call(
                    "datetime_diff",
                    s("nanosecond"),
                    dt("2017-10-30 23:00:00.0000000"),
                    dt("2017-10-30 23:00:00.0000007"))),
        // construction, unix time, time zones
        c(
            "2017-10-01T12:10:00.0000000Z",
            () -> call("make_datetime", l(2017), l(10), l(1), l(12), l(10))),
        c(
            "2017-10-01T12:11:00.1000000Z",
            () -> call("make_datetime", l(2017), l(10), l(1), l(12), l(11), r(0.1))),
        c("", () -> call("make_datetime", l(2017), l(13), l(1))),
        c("1.02:03:04", () -> call("make_timespan", l(1), l(2), l(3), l(4))),
        c("2019-01-07T21:45:31.0000000Z", () -> call("unixtime_seconds_todatetime", l(1546897531))),
        c(
            "2019-01-07T21:45:31.1230000Z",
            () -> call("unixtime_milliseconds_todatetime", l(1546897531123L))),
        c(
            "2020-02-03T04:02:20.0000000Z",
            () -> call("datetime_local_to_utc", dt("2020-02-02 20:02:20"), s("US/Pacific"))),
        c(
            "2020-02-02T19:02:20.0000000Z",
            () -> call("datetime_local_to_utc", dt("2020-02-02 20:02:20"), s("Europe/Paris"))),
        c(
            "2020-02-02T21:02:20.0000000Z",
            () -> call("datetime_utc_to_local", dt("2020-02-02 20:02:20"), s("Europe/Paris"))),
        // formats
        c(
            "17-01-29 [09:00:05]",
            () -> call("format_datetime", dt("2017-01-29 09:00:05"), s("yy-MM-dd [HH:mm:ss]"))),
        c(
            "2017-1-29 [9:00:05]",
            () -> call("format_datetime", dt("2017-01-29 09:00:05"), s("yyyy-M-dd [H:mm:ss]"))),
        c(
            "17-01-29 [09:00:05 AM]",
            () -> call("format_datetime", dt("2017-01-29 09:00:05"), s("yy-MM-dd [hh:mm:ss tt]"))),
        c(
            "2017-01-29 21:00:05.123",
            () ->
                call(
                    "format_datetime",
                    dt("2017-01-29 21:00:05.1234"),
                    s("yyyy-MM-dd HH:mm:ss.fff"))),
        c(
            "29:01:08:02.123",
            () -> call("format_timespan", ts("29.01:08:02.1234567"), s("dd:hh:mm:ss.fff"))),
        c(
            "01:08:02.1",
            () -> call("format_timespan", ts("29.01:08:02.1000000"), s("hh:mm:ss.FFF"))));
  }

  @ParameterizedTest(name = "#{index} -> \"{0}\"")
  @MethodSource("cases")
  void matchesKql(String expected, Supplier<Value> call) {
    assertEquals(expected, call.get().toKqlString());
  }

  @Test
  void nowFollowsTheConfiguredClockNotTheWallClock() {
    FunctionContext then = FunctionContext.at(Instant.parse("2001-02-03T04:05:06Z"));
    Value now = FunctionRegistry.standard().call("now", then, List.of());
    assertEquals("2001-02-03T04:05:06.0000000Z", now.toKqlString());
    Value ago = FunctionRegistry.standard().call("ago", then, List.of(ts("1d")));
    assertEquals("2001-02-02T04:05:06.0000000Z", ago.toKqlString());
  }
}
