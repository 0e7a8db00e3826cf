package io.sentinelforge.diag;

/**
 * A region of a source file: UTF-16 offsets into the file text and the 1-based line and column of
 * its start.
 *
 * @param file the file path as the user gave it (may be a pseudo name such as {@code <query>})
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 */
public record SourceSpan(String file, int start, int end, int line, int column) {

  /** A span for a whole file, used when nothing more precise is known. */
  public static SourceSpan ofFile(String file) {
    return new SourceSpan(file, 0, 0, 1, 1);
  }

  /** A span at a line and column, without offsets. */
  public static SourceSpan at(String file, int line, int column) {
    return new SourceSpan(file, -1, -1, line, column);
  }

  /** {@code file:line:col}. */
  public String location() {
    return file + ":" + line + ":" + column;
  }
}
