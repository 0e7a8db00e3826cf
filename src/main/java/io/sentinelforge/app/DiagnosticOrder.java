package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Sorts diagnostics by file, line, column, code and message, dropping exact duplicates. */
final class DiagnosticOrder {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.span().file())
          .thenComparingInt(d -> d.span().line())
          .thenComparingInt(d -> d.span().column())
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  private DiagnosticOrder() {}

  static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    return new LinkedHashSet<>(diagnostics).stream().sorted(ORDER).toList();
  }
}
