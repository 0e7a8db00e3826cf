package io.sentinelforge.eval.load;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;

/** A data file (or inline rows) could not be turned into a table; carries a located diagnostic. */
public final class DataLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Unreadable file. */
  public static final String UNREADABLE = "EVL001";

  /** A value does not fit its column's type. */
  public static final String BAD_VALUE = "EVL002";

  /** A column that the table's schema does not have. */
  public static final String UNKNOWN_COLUMN = "EVL003";

  /** Malformed JSON or CSV structure. */
  public static final String MALFORMED = "EVL004";

  private final transient Diagnostic diagnostic;

  /** An error with a stable code at a file position. */
  public DataLoadException(String code, String message, String file, int line, int column) {
    super(file + ":" + line + ":" + column + ": " + message);
    this.diagnostic = Diagnostic.error(code, message, SourceSpan.at(file, line, column));
  }

  /** The diagnostic to show the user. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
