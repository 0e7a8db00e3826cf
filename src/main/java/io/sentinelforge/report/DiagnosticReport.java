package io.sentinelforge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.Severity;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes diagnostics as text lines ({@code file:line:col: severity CODE message}) or JSON. */
public final class DiagnosticReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiagnosticReport() {}

  /** One line per diagnostic, then a summary line. */
  public static String text(List<Diagnostic> diagnostics, int fileCount) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      out.append(diagnostic.format()).append('\n');
    }
    out.append(summary(diagnostics, fileCount)).append('\n');
    return out.toString();
  }

  /** {@code 12 files checked: 2 errors, 1 warning}. */
  public static String summary(List<Diagnostic> diagnostics, int fileCount) {
    long errors = count(diagnostics, Severity.ERROR);
    long warnings = count(diagnostics, Severity.WARNING);
    return fileCount
        + plural(fileCount, " file")
        + " checked: "
        + errors
        + plural(errors, " error")
        + ", "
        + warnings
        + plural(warnings, " warning");
  }

  /** A JSON document: {@code {"summary": {...}, "diagnostics": [...]}}. */
  public static String json(List<Diagnostic> diagnostics, int fileCount) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    summary.put("files", fileCount);
    summary.put("errors", count(diagnostics, Severity.ERROR));
    summary.put("warnings", count(diagnostics, Severity.WARNING));
    summary.put("infos", count(diagnostics, Severity.INFO));
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode node = list.addObject();
      node.put("file", d.span().file());
      node.put("line", d.span().line());
      node.put("column", d.span().column());
      node.put("severity", d.severity().label());
      node.put("code", d.code());
      node.put("message", d.message());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  private static String plural(long count, String word) {
    return count == 1 ? word : word + "s";
  }
}
