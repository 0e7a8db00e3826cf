package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"plain|plain", "[x]|[[x]", "[x|[x", "[[x]|[[[x]", "x]|x]", "[]|[[]", "[|["})
  void armEscapeDoublesTheBracketOnlyForWouldBeExpressions(String value, String escaped) {
    assertEquals(escaped, JsonText.armEscape(value));
    assertEquals(value, JsonText.armUnescape(escaped));
    assertFalse(JsonText.isArmExpression(escaped));
  }

  @Test
  void quoteEscapesQuotesBackslashesAndControls() {
    assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028\"", JsonText.quote("a\"b\\c\n\t\u0001\u2028"));
  }

  @Test
  void expressionsAreWrittenAsIs() {
    assertEquals("\"[parameters('workspace')]\"", JsonText.expression("[parameters('workspace')]"));
    assertTrue(JsonText.isArmExpression("[parameters('workspace')]"));
  }
}
