package io.sentinelforge.kql.syntax;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of parsing one query.
 *
 * @param text the query text the spans refer to
 * @param query the syntax tree, or null when there is a syntax error
 * @param diagnostics syntax problems (at most one error: the first one)
 */
public record ParseResult(String text, Query query, List<KqlDiagnostic> diagnostics) {

  /** Copies the diagnostics. */
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when the query has no syntax error. */
  public boolean ok() {
    return query != null;
  }

  /** The diagnostics located in the containing file through {@code map}. */
  public List<Diagnostic> diagnostics(SourceMap map) {
    List<Diagnostic> result = new ArrayList<>(diagnostics.size());
    for (KqlDiagnostic diagnostic : diagnostics) {
      result.add(diagnostic.toDiagnostic(map));
    }
    return result;
  }
}
