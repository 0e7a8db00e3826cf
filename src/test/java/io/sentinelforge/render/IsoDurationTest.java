package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDurationTest {

  @ParameterizedTest
  @CsvSource({
    "PT5M,PT5M",
    "PT1H,PT1H",
    "PT24H,P1D",
    "PT336H,P14D",
    "PT49H30M,P2DT1H30M",
    "PT0S,PT0S"
  })
  void formatsLikeArm(String javaDuration, String arm) {
    assertEquals(arm, IsoDuration.format(Duration.parse(javaDuration)));
  }
}
