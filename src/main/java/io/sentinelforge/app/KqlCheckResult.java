package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of {@code kql check FILE…}.
 *
 * @param fileCount files checked
 * @param queryCount queries found in them
 * @param diagnostics problems, located in the files
 */
public record KqlCheckResult(int fileCount, int queryCount, List<Diagnostic> diagnostics) {

  /** Copies the diagnostics. */
  public KqlCheckResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when some diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
