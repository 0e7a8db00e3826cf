package io.sentinelforge.eval.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the DESIGN.md "Evaluator semantics" rules about operators on values. */
class DesignRulesTest {

  private static final Value NULL_BOOL = Values.NULL_BOOL;
  private static final Value NULL_INT = Values.nullOf(KqlType.INT);

  /** A property of a parsed JSON document, as {@code parse_json(text).name} gives it. */
  private static Value json(String text, String property) {
    return io.sentinelforge.eval.value.Dynamics.property(
        io.sentinelforge.eval.value.Json.tryParse(text).orElseThrow(), property);
  }

  static Stream<Arguments> binaryCases() {
    return Stream.of(
        // null propagation: three-valued logic
        Arguments.of(NULL_BOOL, "or", Values.TRUE, "true"),
        Arguments.of(Values.TRUE, "or", NULL_BOOL, "true"),
        Arguments.of(NULL_BOOL, "or", Values.FALSE, ""),
        Arguments.of(NULL_BOOL, "and", Values.FALSE, "false"),
        Arguments.of(NULL_BOOL, "and", Values.TRUE, ""),
        Arguments.of(NULL_INT, "==", NULL_INT, ""),
        Arguments.of(Values.ofInt(5), "==", NULL_INT, "false"),
        Arguments.of(Values.ofInt(5), "!=", NULL_INT, "true"),
        Arguments.of(NULL_INT, ">", Values.of(3L), ""),
        Arguments.of(NULL_INT, "+", Values.of(3L), ""),
        // arithmetic: KQL's % is never negative
        Arguments.of(Values.of(14L), "%", Values.of(12L), "2"),
        Arguments.of(Values.of(-14L), "%", Values.of(12L), "10"),
        Arguments.of(Values.of(14L), "%", Values.of(-12L), "2"),
        Arguments.of(Values.of(-14L), "%", Values.of(-12L), "10"),
        Arguments.of(Values.of(7L), "/", Values.of(2L), "3"),
        Arguments.of(Values.of(7.0), "/", Values.of(2L), "3.5"),
        Arguments.of(Values.ofInt(2), "*", Values.of(2.5), "5"),
        // == is case-sensitive, =~ is not
        Arguments.of(Values.of("aBc"), "==", Values.of("aBc"), "true"),
        Arguments.of(Values.of("abc"), "==", Values.of("ABC"), "false"),
        Arguments.of(Values.of("abc"), "=~", Values.of("ABC"), "true"),
        Arguments.of(Values.of("abc"), "!~", Values.of("ABC"), "false"),
        Arguments.of(Values.of("abc"), "!=", Values.of("ABC"), "true"),
        // has is whole-term matching
        Arguments.of(Values.of("North America"), "has", Values.of("america"), "true"),
        Arguments.of(Values.of("North America"), "has", Values.of("amer"), "false"),
        Arguments.of(Values.of("North America"), "contains", Values.of("amer"), "true"),
        Arguments.of(Values.of("user@contoso.com"), "has", Values.of("contoso"), "true"),
        Arguments.of(Values.of("user@contoso.com"), "has", Values.of("contoso.com"), "true"),
        Arguments.of(Values.of("user@contoso.community"), "has", Values.of("contoso.com"), "false"),
        Arguments.of(Values.of("North America"), "has_cs", Values.of("america"), "false"),
        Arguments.of(Values.of("North America"), "!has", Values.of("america"), "false"),
        Arguments.of(Values.of("Kusto: ad67d136-c1db"), "has", Values.of("c1db"), "true"),
        Arguments.of(Values.of("Kusto: ad67d136-c1db"), "has", Values.of("67d1"), "false"),
        Arguments.of(Values.of("Fabrikam"), "hasprefix", Values.of("fab"), "true"),
        Arguments.of(Values.of("Fabrikam"), "hassuffix", Values.of("KAM"), "true"),
        Arguments.of(Values.of("Fabrikam"), "hassuffix_cs", Values.of("KAM"), "false"),
        Arguments.of(Values.of("FabriKam"), "contains_cs", Values.of("Kam"), "true"),
        Arguments.of(Values.of("Fabrikam"), "!contains_cs", Values.of("Kam"), "true"),
        Arguments.of(Values.of("Fabrikam"), "startswith", Values.of("fab"), "true"),
        Arguments.of(Values.of("Fabrikam"), "!startswith_cs", Values.of("fab"), "true"),
        Arguments.of(Values.of("Fabrikam"), "endswith", Values.of("KAM"), "true"),
        // dynamic values compare by their JSON content; a dynamic scalar meets typed values
        Arguments.of(json("{\"n\":5}", "n"), "==", Values.of(5L), "true"),
        Arguments.of(json("{\"n\":5}", "n"), ">", Values.ofInt(4), "true"),
        Arguments.of(json("{\"n\":5.5}", "n"), "<", Values.of(6L), "true"),
        Arguments.of(json("{\"s\":\"Admin\"}", "s"), "==", Values.of("admin"), "false"),
        Arguments.of(json("{\"s\":\"Admin\"}", "s"), "=~", Values.of("admin"), "true"),
        Arguments.of(json("{\"s\":\"Admin\"}", "missing"), "==", Values.of("x"), "false"),
        Arguments.of(json("{\"a\":[1,2]}", "a"), "==", json("{\"b\":[1,2]}", "b"), "true"),
        Arguments.of(json("{\"a\":[1,2]}", "a"), "==", json("{\"b\":[2,1]}", "b"), "false"),
        Arguments.of(
            json("{\"t\":\"2026-01-15T12:00:00Z\"}", "t"),
            "==",
            Values.of("2026-01-15T12:00:00Z"),
            "true"),
        // RE2 regex
        Arguments.of(Values.of("Fabrikam"), "matches regex", Values.of("b.*k"), "true"),
        Arguments.of(Values.of("Fabrikam"), "matches regex", Values.of("^k"), "false"));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("binaryCases")
  void binaryOperators(Value left, String operator, Value right, String expected) {
    assertEquals(expected, ScalarOperators.apply(operator, left, right).toKqlString());
  }

  static Stream<Arguments> listCases() {
    return Stream.of(
        Arguments.of(Values.of("b"), "in", List.of(Values.of("a"), Values.of("b")), "true"),
        Arguments.of(Values.of("B"), "in", List.of(Values.of("a"), Values.of("b")), "false"),
        Arguments.of(Values.of("B"), "in~", List.of(Values.of("a"), Values.of("b")), "true"),
        Arguments.of(Values.of("B"), "!in", List.of(Values.of("a"), Values.of("b")), "true"),
        Arguments.of(
            Values.of(2L),
            "in",
            List.of(Values.array(List.of(Values.of(1L), Values.of(2L)))),
            "true"),
        Arguments.of(
            Values.of("error in module x"),
            "has_any",
            List.of(Values.of("warn"), Values.of("ERROR")),
            "true"),
        Arguments.of(
            Values.of("error in module x"),
            "has_all",
            List.of(Values.of("module"), Values.of("mod")),
            "false"),
        Arguments.of(Values.of(5L), "between", List.of(Values.of(1L), Values.of(5L)), "true"),
        Arguments.of(Values.of(6L), "!between", List.of(Values.of(1L), Values.of(5L)), "true"));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("listCases")
  void listOperators(Value left, String operator, List<Value> right, String expected) {
    assertEquals(expected, ScalarOperators.applyList(operator, left, right).toKqlString());
  }
}
