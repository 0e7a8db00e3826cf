package io.sentinelforge.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing and printing of datetimes, timespans and reals as KQL does. */
class ValueTextTest {

  @ParameterizedTest(name = "datetime({0}) -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-15T12:00:00Z|2026-01-15T12:00:00.0000000Z",
        "2026-01-15 12:00|2026-01-15T12:00:00.0000000Z",
        "2015-12-31 23:59:59.9|2015-12-31T23:59:59.9000000Z",
        "2017-10-30 01:02:03.7654321|2017-10-30T01:02:03.7654321Z",
        "2015-12-14|2015-12-14T00:00:00.0000000Z",
        "1970-5-12|1970-05-12T00:00:00.0000000Z",
        "12-02-2022|2022-12-02T00:00:00.0000000Z",
        "2014-05-25T08:20:03.123456Z|2014-05-25T08:20:03.1234560Z",
        "2014-05-25T10:20:03+02:00|2014-05-25T08:20:03.0000000Z",
        "Sat, 8 Nov 14 15:05:02 GMT|2014-11-08T15:05:02.0000000Z",
        "Sat, 08 Nov 2014 15:05:02 GMT|2014-11-08T15:05:02.0000000Z",
        "0001-01-01|0001-01-01T00:00:00.0000000Z",
        "9999-12-31 23:59:59.9999999|9999-12-31T23:59:59.9999999Z",
        "1900-01-01|1900-01-01T00:00:00.0000000Z",
        "2025, 6, 14|2025-06-14T00:00:00.0000000Z",
        "2025,12,1|2025-12-01T00:00:00.0000000Z",
        "2017 - 08 - 01|2017-08-01T00:00:00.0000000Z"
      })
  void parsesAndPrintsDatetimes(String text, String printed) {
    assertEquals(printed, DateTimes.format(DateTimeParser.parse(text).orElseThrow()));
  }

  @ParameterizedTest(name = "compact {0}")
  @CsvSource({
    "2026-01-15T12:00:00Z,2026-01-15T12:00:00Z",
    "2026-01-15T12:00:00.5Z,2026-01-15T12:00:00.5Z"
  })
  void printsCompactDatetimes(String text, String printed) {
    assertEquals(printed, DateTimes.formatCompact(DateTimeParser.parse(text).orElseThrow()));
  }

  @ParameterizedTest(name = "invalid datetime {0}")
  @CsvSource({"not a date", "2015-13-01", "2015-02-30", "''", "'2025, 6'", "'25, 6, 14'"})
  void rejectsInvalidDatetimes(String text) {
    assertTrue(DateTimeParser.parse(text).isEmpty());
  }

  @ParameterizedTest(name = "timespan({0}) -> {1}")
  @CsvSource({
    "1d,1.00:00:00",
    "2h,02:00:00",
    "30m,00:30:00",
    "30min,00:30:00",
    "10s,00:00:10",
    "1.5h,01:30:00",
    "100ms,00:00:00.1000000",
    "10microsecond,00:00:00.0000100",
    "1tick,00:00:00.0000001",
    "-1d,-1.00:00:00",
    "00:10:00,00:10:00",
    "1.02:03:04.5,1.02:03:04.5000000",
    "-00:00:01,-00:00:01",
    "16d,16.00:00:00",
    "0.5d,12:00:00"
  })
  void parsesAndPrintsTimespans(String text, String printed) {
    assertEquals(printed, Timespans.format(TimespanParser.parse(text).orElseThrow()));
  }

  @ParameterizedTest(name = "real {0} -> {1}")
  @CsvSource({
    "1.0,1",
    "0.5,0.5",
    "1.84643934467102,1.84643934467102",
    "1e20,1E+20",
    "1e15,1E+15",
    "1e14,100000000000000",
    "0.0001,0.0001",
    "0.00001,1E-05",
    "-2.5,-2.5",
    "123.4,123.4"
  })
  void printsRealsAsDotNet(double value, String printed) {
    assertEquals(printed, Reals.format(value));
  }

  @ParameterizedTest(name = "json {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[1, 2.5, \"a\", null, true]|[1,2.5,\"a\",null,true]",
        "{\"a\": 42.0}|{\"a\":42.0}",
        "{'key1': 123, 'key2': 'abc'}|{\"key1\":123,\"key2\":\"abc\"}",
        "{\"b\":1,\"a\":2}|{\"b\":1,\"a\":2}",
        "\"text\"|\"text\""
      })
  void roundTripsJson(String text, String written) {
    assertEquals(written, Json.write(Json.tryParse(text).orElseThrow()));
  }
}
