package io.sentinelforge.app;

import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.ProjectConfig;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.Severity;
import java.util.List;

/**
 * The outcome of validation.
 *
 * @param content what was loaded
 * @param config the project config that applied
 * @param diagnostics every unsuppressed finding, sorted by file, line, column and code
 */
public record ValidateResult(
    ContentSet content, ProjectConfig config, List<Diagnostic> diagnostics) {

  /** Copies the list. */
  public ValidateResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Number of files read. */
  public int fileCount() {
    return content.files().size();
  }

  /** Number of diagnostics of a severity. */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** True when some diagnostic is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
