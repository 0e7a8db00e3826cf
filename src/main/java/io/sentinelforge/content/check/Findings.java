package io.sentinelforge.content.check;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of checks. */
public final class Findings {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Adds an error. */
  public void error(String code, String message, SourceSpan span) {
    diagnostics.add(Diagnostic.error(code, message, span));
  }

  /** Adds a warning. */
  public void warning(String code, String message, SourceSpan span) {
    diagnostics.add(Diagnostic.warning(code, message, span));
  }

  /** Adds a ready diagnostic. */
  public void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** Everything collected so far. */
  public List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}
