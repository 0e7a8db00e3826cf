package io.sentinelforge.eval;

import static io.sentinelforge.eval.EvalTesting.rows;
import static io.sentinelforge.eval.EvalTesting.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the rules of DESIGN.md "Evaluator semantics that users will hit", end to end. */
class EvaluatorSemanticsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // nulls propagate as in KQL: null or true is true, null and false is false
        "print x = bool(null) or true | true",
        "print x = bool(null) and false | false",
        "print x = isnull(bool(null) and true) | true",
        "print x = isnull(long(null) + 1) | true",
        // has is whole-term matching, contains is substring
        "print x = 'hello world' has 'world' | true",
        "print x = 'hello world' has 'wor' | false",
        "print x = 'hello world' contains 'wor' | true",
        // string == is case sensitive, =~ is not
        "print x = 'Admin' == 'admin' | false",
        "print x = 'Admin' =~ 'admin' | true",
        "print x = 'Admin' !~ 'admin' | false",
        // regex is RE2
        "print x = 'abc123' matches regex '[a-c]+[0-9]{3}' | true",
        // dynamic indexing and missing properties
        "print x = dynamic({'a': [1, 2, 3]}).a[1] | 2",
        "print x = dynamic({'a': [1, 2, 3]}).a[-1] | 3",
        "print x = isnull(dynamic({'a': 1}).b) | true",
        // IPv4 functions
        "print x = ipv4_is_in_range('10.1.2.3', '10.0.0.0/8') | true",
        // IPv6 functions accept both families (an IPv4 address is its IPv4-mapped IPv6 form)
        "print x = ipv6_compare('::ffff:7f00:1', '127.0.0.1') | 0",
        "print x = ipv6_is_in_range('10.1.2.3', '10.0.0.0/8') | true",
        "print x = ipv6_is_in_range('fe80::85d:e82c:9446:7994', 'fe80::/10') | true",
        "print x = parse_ipv6('127.0.0.1') | 0000:0000:0000:0000:0000:ffff:7f00:0001",
      })
  void scalarRules(String query, String expected) {
    assertEquals(expected, scalar(query));
  }

  @Test
  void nowAgoAndBinUseTheSimulatedRunTime() {
    assertEquals("2026-01-15T12:00:00Z", scalar("print now()"));
    assertEquals("2026-01-15T11:00:00Z", scalar("print ago(1h)"));
    assertEquals("2026-01-15T00:00:00Z", scalar("print bin(now(), 1d)"));
    assertEquals(
        List.of(List.of("1")),
        rows(
            "datatable(T:datetime)[datetime(2026-01-15T11:30:00Z), datetime(2026-01-10)]"
                + " | where T > ago(1h) | count"));
  }

  @Test
  void defaultJoinIsInneruniqueDeduplicatingTheLeftSide() {
    String left = "datatable(k:long, l:string)[1,'a', 1,'b', 2,'c']";
    String right = "datatable(k:long, r:string)[1,'x', 1,'y', 2,'z']";
    // innerunique keeps one left row per key, then joins it with every matching right row
    assertEquals(List.of(List.of("3")), rows(left + " | join (" + right + ") on k | count"));
    assertEquals(
        List.of(List.of("5")), rows(left + " | join kind=inner (" + right + ") on k | count"));
  }

  @Test
  void joinKindsFollowKql() {
    String left = "datatable(k:long, l:string)[1,'a', 2,'b', 3,'c']";
    String right = "datatable(k:long, r:string)[2,'x', 3,'y', 4,'z']";
    assertEquals("3", count(left + " | join kind=leftouter (" + right + ") on k"));
    assertEquals("3", count(left + " | join kind=rightouter (" + right + ") on k"));
    assertEquals("4", count(left + " | join kind=fullouter (" + right + ") on k"));
    assertEquals("1", count(left + " | join kind=leftanti (" + right + ") on k"));
    assertEquals("1", count(left + " | join kind=rightanti (" + right + ") on k"));
    assertEquals("2", count(left + " | join kind=leftsemi (" + right + ") on k"));
    assertEquals("2", count(left + " | join kind=rightsemi (" + right + ") on k"));
    assertEquals(
        List.of("k", "l", "k1", "r"),
        EvalTesting.table(left + " | join kind=inner (" + right + ") on $left.k == $right.k")
            .names());
  }

  private static String count(String query) {
    return scalar(query + " | count");
  }
}
