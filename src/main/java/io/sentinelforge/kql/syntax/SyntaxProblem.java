package io.sentinelforge.kql.syntax;

/**
 * A syntax error found while reading the query; the parser turns it into one diagnostic. Thrown
 * instead of returned because the first problem ends the parse (one precise error, no cascade).
 */
final class SyntaxProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Span span;

  SyntaxProblem(String code, String message, Span span) {
    super(message, null, false, false);
    this.code = code;
    this.span = span;
  }

  String code() {
    return code;
  }

  Span span() {
    return span;
  }
}
