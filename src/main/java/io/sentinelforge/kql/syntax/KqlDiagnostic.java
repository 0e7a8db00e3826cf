package io.sentinelforge.kql.syntax;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.Severity;
import io.sentinelforge.diag.SourceMap;

/**
 * A problem found in a query, located by offsets into the query text.
 *
 * @param code stable code, {@code KQL0xx} for syntax (see {@link SyntaxCodes})
 * @param severity error or warning
 * @param message what is wrong and what was expected
 * @param span where, in UTF-16 offsets of the query (start == end for a missing token)
 */
public record KqlDiagnostic(String code, Severity severity, String message, Span span) {

  /** An error diagnostic. */
  public static KqlDiagnostic error(String code, String message, Span span) {
    return new KqlDiagnostic(code, Severity.ERROR, message, span);
  }

  /** This diagnostic located in the file that embeds the query, through {@code map}. */
  public Diagnostic toDiagnostic(SourceMap map) {
    return new Diagnostic(code, severity, message, map.map(span.start(), span.end()));
  }
}
