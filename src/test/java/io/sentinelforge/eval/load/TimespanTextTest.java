package io.sentinelforge.eval.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timespan text in KQL's, .NET's and the literal forms. */
class TimespanTextTest {

  private static final long SECOND = 10_000_000L;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "01:00:00, 3600",
    "1.02:03:04, 93784",
    "-00:00:30, -30",
    "14:00:00:00, 1209600",
    "1:02:03:04.5, 93784.5",
    "30s, 30",
    "2h, 7200",
    "3d, 259200",
  })
  void parses(String text, double seconds) {
    assertEquals(Math.round(seconds * SECOND), TimespanText.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.02:03:04:05", "1:2:3:4:5", "soon"})
  void rejects(String text) {
    assertThrows(IllegalArgumentException.class, () -> TimespanText.parse(text));
  }
}
