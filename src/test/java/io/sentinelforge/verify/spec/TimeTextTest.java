package io.sentinelforge.verify.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTextTest {

  private static final Instant AT = Instant.parse("2026-01-15T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "-30s, 2026-01-15T11:59:30Z",
    "-10m, 2026-01-15T11:50:00Z",
    "-2h, 2026-01-15T10:00:00Z",
    "-3d, 2026-01-12T12:00:00Z",
    "+1.5h, 2026-01-15T13:30:00Z",
    "-250ms, 2026-01-15T11:59:59.750Z",
    "2025-06-01T08:00:00Z, 2025-06-01T08:00:00Z",
    "2025-06-01T08:00:00, 2025-06-01T08:00:00Z",
    "2025-06-01T10:00:00+02:00, 2025-06-01T08:00:00Z"
  })
  void resolvesRelativeAndAbsoluteTimes(String text, String expected) {
    assertEquals(Instant.parse(expected), TimeText.parse(text).orElseThrow().resolve(AT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10m", "-10", "-m", "-10min", "-1.m", "yesterday", "-10 m", "2026-13-01"})
  void rejectsOtherTexts(String text) {
    assertTrue(TimeText.parse(text).isEmpty(), text);
  }
}
