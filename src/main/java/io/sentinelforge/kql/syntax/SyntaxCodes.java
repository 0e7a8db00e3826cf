package io.sentinelforge.kql.syntax;

/** The stable codes of KQL syntax diagnostics (documented in docs/parser.md). */
public final class SyntaxCodes {

  private SyntaxCodes() {}

  /** A token that cannot appear here. */
  public static final String UNEXPECTED_TOKEN = "KQL001";

  /** An opening bracket without its closing bracket. */
  public static final String UNCLOSED_BRACKET = "KQL002";

  /** A string literal without its closing quote. */
  public static final String UNTERMINATED_STRING = "KQL003";

  /** A character that is not part of KQL. */
  public static final String UNEXPECTED_CHARACTER = "KQL004";

  /** An expression is missing (an operator or a clause with nothing after it). */
  public static final String MISSING_EXPRESSION = "KQL005";

  /** Something other than a known tabular operator after {@code |}. */
  public static final String UNKNOWN_OPERATOR = "KQL006";

  /** A closing bracket without an opening one. */
  public static final String UNMATCHED_CLOSING_BRACKET = "KQL007";

  /** Brackets or expressions nested deeper than the parser allows. */
  public static final String TOO_DEEP = "KQL008";

  /** Two statements without {@code ;} between them. */
  public static final String MISSING_SEMICOLON = "KQL009";

  /** The query ends where more is required. */
  public static final String UNEXPECTED_END = "KQL010";

  /** A value inside {@code dynamic(...)} that is not JSON-like. */
  public static final String BAD_DYNAMIC = "KQL011";
}
