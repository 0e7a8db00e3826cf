package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.LineIndex;
import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.diag.SourceSpan;

/**
 * Maps offsets of a scalar's value to the YAML file: each value character knows the file offset it
 * was read from. When the value cannot be re-read exactly, every offset maps to the scalar's start,
 * which is coarse but never wrong about the file or line of the scalar.
 */
final class ScalarSourceMap implements SourceMap {

  private final String file;
  private final LineIndex lines;
  private final int[] origins;
  private final boolean exact;

  private ScalarSourceMap(String file, LineIndex lines, int[] origins, boolean exact) {
    this.file = file;
    this.lines = lines;
    this.origins = origins;
    this.exact = exact;
  }

  /** False when the value could not be re-read and every offset maps to the scalar start. */
  boolean exact() {
    return exact;
  }

  /** The file offset of value character {@code index}. */
  int origin(int index) {
    return origins[index];
  }

  /**
   * Builds the map for a scalar.
   *
   * @param text the whole file
   * @param start file offset of the scalar token (indicator, quote or first character)
   * @param end file offset after the scalar token
   * @param parentColumn column of the enclosing block collection (for block indentation)
   */
  static SourceMap create(
      String file,
      String text,
      LineIndex lines,
      ScalarStyle style,
      String value,
      int start,
      int end,
      int parentColumn) {
    MappedText mapped = reread(text, style, start, end, parentColumn);
    int[] origins;
    boolean exact = mapped != null && mapped.text().equals(value);
    if (mapped != null && mapped.text().equals(value)) {
      // The end of a value that ends with a line break is that break (the end of the last line),
      // so "unexpected end of query" points at the query, not at the next YAML key.
      int last = lastOrigin(mapped, start);
      int after = style == ScalarStyle.PLAIN ? end : value.endsWith("\n") ? last : last + 1;
      origins = mapped.origins(after);
    } else {
      origins = new int[value.length() + 1];
      java.util.Arrays.fill(origins, start);
    }
    return new ScalarSourceMap(file, lines, origins, exact);
  }

  private static int lastOrigin(MappedText mapped, int start) {
    int[] origins = mapped.origins(start);
    return mapped.length() == 0 ? start : origins[mapped.length() - 1];
  }

  private static MappedText reread(
      String text, ScalarStyle style, int nodeStart, int end, int parentColumn) {
    try {
      int start = afterProperties(text, nodeStart, end);
      switch (style) {
        case LITERAL:
        case FOLDED:
          return BlockScalarReader.read(text, start, parentColumn);
        case SINGLE_QUOTED:
        case DOUBLE_QUOTED:
          return FlowScalarReader.read(text, start);
        default:
          return PlainScalarReader.read(text, start, end);
      }
    } catch (RuntimeException unexpected) {
      // A re-read that trips over input SnakeYAML accepted falls back to the coarse map.
      return null;
    }
  }

  /**
   * A node's start mark covers its tag ({@code !!str}) and anchor ({@code &name}); the scalar's own
   * token (indicator, quote or first character) comes after them and any spaces or line breaks.
   */
  static int afterProperties(String text, int start, int end) {
    int pos = start;
    while (pos < end && (text.charAt(pos) == '!' || text.charAt(pos) == '&')) {
      while (pos < end && !Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      while (pos < end && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
    return pos;
  }

  @Override
  public SourceSpan map(int start, int end) {
    int last = origins.length - 1;
    int from = Math.max(0, Math.min(start, last));
    int to = Math.max(from, Math.min(end, last));
    int fileStart = origins[from];
    int fileEnd = to > from ? origins[to - 1] + 1 : fileStart;
    return new SourceSpan(
        file,
        fileStart,
        Math.max(fileStart, fileEnd),
        lines.line(fileStart),
        lines.column(fileStart));
  }
}
