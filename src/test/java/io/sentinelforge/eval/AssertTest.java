package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code assert()} as the reference's three examples use it. */
class AssertTest {

  private static final String CHECK_LENGTH =
      "let checkLength = (len:long, s:string) {"
          + " assert(len > 0, \"Length must be greater than zero\") and strlen(s) > len };"
          + " datatable(input:string) ['123', '4567']";

  @Test
  void passesWhenTheConditionHolds() {
    assertEquals(
        List.of(List.of("4567")),
        EvalTesting.rows(CHECK_LENGTH + " | where checkLength(len=3, input)"));
  }

  @Test
  void failsTheQueryWithTheMessage() {
    assertFails(
        CHECK_LENGTH + " | where checkLength(len=long(-1), input)",
        "assert() has failed with message: 'Length must be greater than zero'");
  }

  @Test
  void aConstantAssertionIsCheckedEvenOverNoRows() {
    assertFails(
        "let b=false; print x=\"Hello\" | where b | where assert(b, \"Assertion failed\")",
        "assert() has failed with message: 'Assertion failed'");
  }

  private static void assertFails(String query, String message) {
    EvalResult result = Evaluator.run(query, Map.of(), EvalTesting.NOW, Fixtures.none());
    assertEquals(message, assertInstanceOf(EvalResult.Failed.class, result).message());
  }
}
