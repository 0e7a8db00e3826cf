package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for rendered output. {@code -Dgolden.update=true} rewrites the expected files from
 * the actual output; review the diff before committing.
 */
final class Golden {

  static final Path ROOT = Path.of("src/test/resources/golden/render");

  private Golden() {}

  /** Compares {@code actual} byte for byte with the golden file (or rewrites it). */
  static void assertMatches(Path expected, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    String wanted =
        Files.exists(expected)
            ? Files.readString(expected, StandardCharsets.UTF_8)
            : "<missing golden file " + expected + "; run with -Dgolden.update=true>";
    assertEquals(wanted, actual, "golden file " + expected);
  }
}
