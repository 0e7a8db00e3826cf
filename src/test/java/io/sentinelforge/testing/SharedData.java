package io.sentinelforge.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (corpora, schemas, reference samples) beside the checkout. Tests that
 * need it call {@link #require} and are skipped when it is absent, so a lone clone still passes.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The shared folder, or null: {@code -Dsf.shared=DIR}, {@code $SF_SHARED}, or {@code ../shared}.
   */
  public static Path root() {
    String configured = System.getProperty("sf.shared", System.getenv("SF_SHARED"));
    Path candidate =
        configured != null
            ? Path.of(configured)
            : Path.of("").toAbsolutePath().getParent().resolve("shared");
    return Files.isDirectory(candidate) ? candidate : null;
  }

  /** A path under the shared folder; skips the calling test when it does not exist. */
  public static Path require(String relative) {
    Path root = root();
    Assumptions.assumeTrue(root != null, "../shared is absent; skipping");
    Path path = root.resolve(relative);
    Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent; skipping");
    return path;
  }
}
