package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a build.
 *
 * @param stoppedAt the stage that stopped the build, or null when every stage passed
 * @param diagnostics every finding, in stage order
 * @param files paths of the rendered files
 * @param differences with {@code --check}: how the output folder differs (empty when current)
 * @param summaries one line per stage that had something to say (such as the rule-test counts)
 */
public record BuildResult(
    Stage stoppedAt,
    List<Diagnostic> diagnostics,
    List<String> files,
    List<String> differences,
    List<String> summaries) {

  /** The stages of a build, in order. */
  public enum Stage {
    LOAD,
    VALIDATE,
    TEST,
    RENDER,
    WRITE
  }

  /** Copies the lists. */
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
    differences = List.copyOf(differences);
    summaries = List.copyOf(summaries);
  }

  /** True when the build stopped, or the check found stale output. */
  public boolean failed() {
    return stoppedAt != null || !differences.isEmpty();
  }
}
