package io.sentinelforge.content;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/** A project config and the problems found reading it (the config falls back to defaults). */
public record LoadedConfig(ProjectConfig config, List<Diagnostic> diagnostics) {

  /** Copies the list. */
  public LoadedConfig {
    diagnostics = List.copyOf(diagnostics);
  }
}
