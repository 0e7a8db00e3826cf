package io.sentinelforge.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** KQL conversion rules: failures give the target type's null, never an error. */
class ConversionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(KqlType.LONG, Values.of("123"), "123", KqlType.LONG),
        Arguments.of(KqlType.LONG, Values.of(" 123 "), "123", KqlType.LONG),
        Arguments.of(KqlType.LONG, Values.of("1.5"), "", KqlType.LONG),
        Arguments.of(KqlType.LONG, Values.of(2.9), "2", KqlType.LONG),
        Arguments.of(KqlType.LONG, Values.of(-2.9), "-2", KqlType.LONG),
        Arguments.of(KqlType.LONG, Values.TRUE, "1", KqlType.LONG),
        Arguments.of(KqlType.INT, Values.of("x"), "", KqlType.INT),
        Arguments.of(KqlType.REAL, Values.of("1e3"), "1000", KqlType.REAL),
        Arguments.of(KqlType.REAL, Values.of("abc"), "", KqlType.REAL),
        Arguments.of(KqlType.DECIMAL, Values.of("1.50"), "1.5", KqlType.DECIMAL),
        Arguments.of(KqlType.DECIMAL, Values.of(0.1), "0.1", KqlType.DECIMAL),
        Arguments.of(KqlType.BOOL, Values.of("True"), "true", KqlType.BOOL),
        Arguments.of(KqlType.BOOL, Values.of("yes"), "", KqlType.BOOL),
        Arguments.of(KqlType.BOOL, Values.of(0L), "false", KqlType.BOOL),
        Arguments.of(
            KqlType.DATETIME,
            Values.of("2015-12-31"),
            "2015-12-31T00:00:00.0000000Z",
            KqlType.DATETIME),
        Arguments.of(KqlType.DATETIME, Values.of("garbage"), "", KqlType.DATETIME),
        Arguments.of(KqlType.TIMESPAN, Values.of("1.00:00:00"), "1.00:00:00", KqlType.TIMESPAN),
        Arguments.of(KqlType.TIMESPAN, Values.of("1d"), "1.00:00:00", KqlType.TIMESPAN),
        Arguments.of(KqlType.TIMESPAN, Values.of(10_000_000L), "00:00:01", KqlType.TIMESPAN),
        Arguments.of(
            KqlType.GUID,
            Values.of("{0123456789ABCDEF0123456789ABCDEF}"),
            "01234567-89ab-cdef-0123-456789abcdef",
            KqlType.GUID),
        Arguments.of(KqlType.STRING, Values.of(1.0), "1", KqlType.STRING),
        Arguments.of(KqlType.STRING, Values.nullOf(KqlType.LONG), "", KqlType.STRING),
        Arguments.of(KqlType.STRING, Values.of(new BigDecimal("1.50")), "1.5", KqlType.STRING),
        Arguments.of(
            KqlType.STRING,
            Values.array(List.of(Values.of("a"), Values.of(1L))),
            "[\"a\",1]",
            KqlType.STRING),
        Arguments.of(
            KqlType.STRING,
            Values.bag(Map.of("k", Values.timespan(10_000_000L))),
            "{\"k\":\"00:00:01\"}",
            KqlType.STRING),
        Arguments.of(KqlType.DYNAMIC, Values.of("{\"a\":1}"), "{\"a\":1}", KqlType.DYNAMIC),
        // parse_json of text that is not JSON keeps the text as a dynamic string
        Arguments.of(KqlType.DYNAMIC, Values.of("not json"), "not json", KqlType.STRING));
  }

  @ParameterizedTest(name = "to{0}({1}) -> \"{2}\"")
  @MethodSource("cases")
  void converts(KqlType target, Value input, String printed, KqlType resultType) {
    Value result = Conversions.to(target, input);
    assertEquals(printed, result.toKqlString());
    assertEquals(resultType, result.type());
  }
}
