package io.sentinelforge.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What to validate.
 *
 * @param paths files and directories (directories are searched recursively)
 */
public record ValidateRequest(List<Path> paths) {

  /** Copies the list. */
  public ValidateRequest {
    paths = List.copyOf(paths);
  }
}
