package io.sentinelforge.diag;

/**
 * One finding about the user's content: a stable code, a severity, a message and where it is.
 *
 * @param code stable code from {@link DiagnosticCode}-style catalogues, e.g. {@code SF101}
 * @param severity error, warning or info
 * @param message what is wrong and what was expected
 * @param span where it is
 */
public record Diagnostic(String code, Severity severity, String message, SourceSpan span) {

  /** An error at a span. */
  public static Diagnostic error(String code, String message, SourceSpan span) {
    return new Diagnostic(code, Severity.ERROR, message, span);
  }

  /** A warning at a span. */
  public static Diagnostic warning(String code, String message, SourceSpan span) {
    return new Diagnostic(code, Severity.WARNING, message, span);
  }

  /** True when this diagnostic fails validation. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The text form {@code file:line:col: severity CODE message}. */
  public String format() {
    return span.location() + ": " + severity.label() + " " + code + " " + message;
  }
}
