package io.sentinelforge.kql.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases checked against Microsoft's analyzer (KS106 "operator not defined for the operand types").
 */
class TypeRulesTest {

  @ParameterizedTest
  @CsvSource({
    "+, int, long, long",
    "+, int, real, real",
    "-, datetime, datetime, timespan",
    "-, datetime, timespan, datetime",
    "+, timespan, timespan, timespan",
    "*, timespan, int, timespan",
    "/, timespan, timespan, real",
    "+, string, long, ",
    "+, bool, int, ",
    "+, dynamic, int, unknown",
    "+, unknown, string, unknown",
  })
  void arithmetic(char operator, String left, String right, String expected) {
    Optional<ScalarType> result = TypeRules.arithmetic(operator, type(left), type(right));
    assertEquals(expected == null ? Optional.empty() : Optional.of(type(expected)), result);
  }

  @ParameterizedTest
  @CsvSource({
    "datetime, string, false",
    "datetime, long, false",
    "datetime, timespan, false",
    "int, string, false",
    "real, string, false",
    "int, real, true",
    "datetime, datetime, true",
    "string, string, true",
    "dynamic, string, true",
    "unknown, datetime, true",
  })
  void ordering(String left, String right, boolean defined) {
    assertEquals(defined, TypeRules.orderable(type(left), type(right)));
  }

  @ParameterizedTest
  @CsvSource({
    "double, real",
    "boolean, bool",
    "DateTime, datetime",
    "int64, long",
    "String, string"
  })
  void aliases(String name, String expected) {
    assertEquals(type(expected), ScalarType.fromName(name).orElseThrow());
  }

  private static ScalarType type(String name) {
    return name.equals("unknown") ? ScalarType.UNKNOWN : ScalarType.fromName(name).orElseThrow();
  }
}
