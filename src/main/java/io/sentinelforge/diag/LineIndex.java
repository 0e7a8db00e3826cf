package io.sentinelforge.diag;

import java.util.Arrays;

/** Converts UTF-16 offsets of a text into 1-based line and column numbers. */
public final class LineIndex {

  private final int[] lineStarts;

  private LineIndex(int[] lineStarts) {
    this.lineStarts = lineStarts;
  }

  /** Indexes the line starts of {@code text}; {@code \n}, {@code \r\n} and {@code \r} end lines. */
  public static LineIndex of(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, count));
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** 1-based column of an offset (UTF-16 units). */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
  }

  /** A span in {@code file} for the given offsets. */
  public SourceSpan span(String file, int start, int end) {
    return new SourceSpan(file, start, end, line(start), column(start));
  }
}
