package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.kql.schema.NameSuggestions;
import io.sentinelforge.kql.semantic.RowSchema;
import java.util.List;
import java.util.Optional;

/** Checks that a column named in rule metadata is in the query's output schema. */
final class OutputColumns {

  private final RowSchema output;
  private final List<Diagnostic> diagnostics;

  OutputColumns(RowSchema output, List<Diagnostic> diagnostics) {
    this.output = output;
    this.diagnostics = diagnostics;
  }

  /** Reports {@code column} at {@code span} when the (closed) output lacks it. */
  void require(String column, String code, String what, SourceSpan span) {
    if (column == null || column.isBlank() || output.open() || output.find(column).isPresent()) {
      return;
    }
    String message = what + " uses column '" + column + "', which the query does not output";
    Optional<String> suggestion = NameSuggestions.closest(column, output.names());
    message +=
        suggestion
            .map(name -> "; did you mean '" + name + "'?")
            .orElse(" (output: " + summary() + ")");
    diagnostics.add(Diagnostic.error(code, message, span));
  }

  private String summary() {
    List<String> names = output.names();
    String joined = String.join(", ", names.subList(0, Math.min(12, names.size())));
    return names.size() > 12 ? joined + ", ..." : joined;
  }
}
