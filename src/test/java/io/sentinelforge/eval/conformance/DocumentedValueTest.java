package io.sentinelforge.eval.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented-string-aware equality used to score conformance cases. */
class DocumentedValueTest {

  private static final long JAN_FIRST_2017 = 1483228800L * 10_000_000L;

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2017-01-01 00:00:00.0000000 | true",
        "2017-01-01T00:00:00Z | true",
        "2017-01-01T00:00:00.0000000Z | true",
        "2017-01-02T00:00:00Z | false",
      })
  void datetimesInAnyPrintedForm(String documented, boolean equal) {
    assertEquals(equal, DocumentedValue.matches(documented, JAN_FIRST_2017, KqlType.DATETIME));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.00:00:00 | 864000000000 | true",
        "00:00:01.5000000 | 15000000 | true",
        "01:00:00 | 36000000000 | true",
        "01:00:00 | 36000000001 | false",
      })
  void timespans(String documented, long ticks, boolean equal) {
    assertEquals(equal, DocumentedValue.matches(documented, ticks, KqlType.TIMESPAN));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.84643934467102 | 1.8464393446710154 | true",
        "0.33 | 0.3333333333 | true",
        "0.34 | 0.3333333333 | false",
        "1 | 1.0 | true",
        "NaN | NaN | true",
      })
  void realsAllowTheDocumentationsRounding(String documented, double actual, boolean equal) {
    assertEquals(equal, DocumentedValue.matches(documented, actual, KqlType.REAL));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "['a','b'] | [\"a\",\"b\"] | true",
        "{'a': 1,'b': '2'} | {\"b\":\"2\",\"a\":1} | true",
        "[1.0, 2] | [1,2] | true",
        "[1,2] | [2,1] | false",
        "`[1]` | [1] | true",
        "hello | \"hello\" | true",
      })
  void dynamicValuesCompareAsJson(String documented, String actualJson, boolean equal) {
    assertEquals(
        equal,
        DocumentedValue.matches(documented, Json.parseOrString(actualJson), KqlType.DYNAMIC));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {"'' | true", "null | true", "0 | false"})
  void nullIsTheEmptyCell(String documented, boolean equal) {
    assertEquals(equal, DocumentedValue.matches(documented, null, KqlType.LONG));
  }
}
