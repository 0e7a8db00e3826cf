package io.sentinelforge.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scaffold command wrote.
 *
 * @param created files written
 * @param kept files that already existed and were left untouched
 */
public record ScaffoldResult(List<Path> created, List<Path> kept) {

  /** Copies the lists. */
  public ScaffoldResult {
    created = List.copyOf(created);
    kept = List.copyOf(kept);
  }
}
