package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/**
 * What one build stage found.
 *
 * @param diagnostics findings to show (errors stop the build)
 * @param failed true when the build must stop after this stage (errors, failing tests)
 * @param summary one line saying what the stage did, or empty when it did nothing worth saying
 */
public record StageOutcome(List<Diagnostic> diagnostics, boolean failed, String summary) {

  /** Copies the list. */
  public StageOutcome {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A stage that found nothing. */
  public static StageOutcome passed() {
    return new StageOutcome(List.of(), false, "");
  }
}
