package io.sentinelforge.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HuntingPathTest {

  @ParameterizedTest
  @CsvSource({
    "content/hunting-queries/x.yaml, true",
    "Hunting Queries/SigninLogs/x.yaml, true",
    "Solutions/Entra/Hunting Queries/Sub/x.yaml, true",
    "content/analytics-rules/x.yaml, false",
    "/home/me/threat-hunting/repo/content/analytics-rules/x.yaml, false",
    "/tmp/hunting-stuff/content/analytics-rules/rule.yaml, false",
  })
  void onlyTheNearestFoldersDecide(String path, boolean hunting) {
    assertEquals(hunting, ContentLoader.isHuntingPath(Path.of(path)));
  }
}
