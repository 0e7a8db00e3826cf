package io.sentinelforge.kql.syntax;

/**
 * A region of the query text as UTF-16 offsets (Java {@code String} indexes), end exclusive.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Span(int start, int end) {

  /** Validates the offsets. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The number of UTF-16 units covered. */
  public int length() {
    return end - start;
  }

  /** The covered text of {@code query}. */
  public String text(String query) {
    return query.substring(start, end);
  }
}
