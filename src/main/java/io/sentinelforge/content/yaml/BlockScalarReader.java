package io.sentinelforge.content.yaml;

/**
 * Re-reads a literal ({@code |}) or folded ({@code >}) block scalar from the file text, following
 * the same steps as SnakeYAML's scanner, and records where each value character came from.
 */
final class BlockScalarReader {

  private final String file;
  private int pos;
  private int column;

  private BlockScalarReader(String file, int pos) {
    this.file = file;
    this.pos = pos;
  }

  /**
   * Reads the block scalar whose indicator is at {@code start}.
   *
   * @param parentColumn column (0-based) of the enclosing block collection, -1 at document level
   */
  static MappedText read(String file, int start, int parentColumn) {
    return new BlockScalarReader(file, start).read(parentColumn);
  }

  private MappedText read(int parentColumn) {
    boolean folded = file.charAt(pos) == '>';
    pos++;
    Boolean chomping = null;
    int increment = -1;
    for (int k = 0; k < 2 && pos < file.length(); k++) {
      char c = file.charAt(pos);
      if ((c == '+' || c == '-') && chomping == null) {
        chomping = c == '+';
        pos++;
      } else if (c >= '1' && c <= '9' && increment < 0) {
        increment = c - '0';
        pos++;
      }
    }
    skipIgnoredLine();
    int minIndent = Math.max(parentColumn + 1, 1);
    MappedText breaks;
    int indent;
    if (increment < 0) {
      int[] maxIndent = new int[1];
      breaks = scanIndentation(maxIndent);
      indent = Math.max(minIndent, maxIndent[0]);
    } else {
      indent = minIndent + increment - 1;
      breaks = scanBreaks(indent);
    }
    return readLines(folded, chomping, indent, breaks);
  }

  private MappedText readLines(boolean folded, Boolean chomping, int indent, MappedText breaks) {
    MappedText chunks = new MappedText();
    MappedText lineBreak = new MappedText();
    while (column == indent && pos < file.length()) {
      chunks.append(breaks);
      boolean leadingNonSpace = !YamlChars.isBlank(file, pos);
      int lineStart = pos;
      while (pos < file.length() && !YamlChars.isBreak(file, pos)) {
        pos++;
      }
      chunks.copy(file, lineStart, pos);
      lineBreak = scanLineBreak();
      breaks = scanBreaks(indent);
      if (column == indent && pos < file.length()) {
        boolean plainBreak = lineBreak.length() == 1 && lineBreak.text().equals("\n");
        if (folded && plainBreak && leadingNonSpace && !YamlChars.isBlank(file, pos)) {
          if (breaks.length() == 0) {
            chunks.append(' ', lineBreak.origins(0)[0]);
          }
        } else {
          chunks.append(lineBreak);
        }
      } else {
        break;
      }
    }
    if (chomping == null || chomping) {
      chunks.append(lineBreak);
    }
    if (chomping != null && chomping) {
      chunks.append(breaks);
    }
    return chunks;
  }

  private void skipIgnoredLine() {
    while (pos < file.length() && file.charAt(pos) == ' ') {
      pos++;
    }
    if (pos < file.length() && file.charAt(pos) == '#') {
      while (pos < file.length() && !YamlChars.isBreak(file, pos)) {
        pos++;
      }
    }
    scanLineBreak();
  }

  private MappedText scanIndentation(int[] maxIndent) {
    MappedText chunks = new MappedText();
    while (pos < file.length() && (file.charAt(pos) == ' ' || YamlChars.isBreak(file, pos))) {
      if (file.charAt(pos) != ' ') {
        chunks.append(scanLineBreak());
      } else {
        pos++;
        column++;
        maxIndent[0] = Math.max(maxIndent[0], column);
      }
    }
    return chunks;
  }

  private MappedText scanBreaks(int indent) {
    MappedText chunks = new MappedText();
    skipIndent(indent);
    while (YamlChars.isBreak(file, pos)) {
      chunks.append(scanLineBreak());
      skipIndent(indent);
    }
    return chunks;
  }

  private void skipIndent(int indent) {
    while (column < indent && pos < file.length() && file.charAt(pos) == ' ') {
      pos++;
      column++;
    }
  }

  private MappedText scanLineBreak() {
    MappedText result = new MappedText();
    if (YamlChars.isBreak(file, pos)) {
      result.append(YamlChars.normalisedBreak(file, pos), pos);
      pos += YamlChars.breakLength(file, pos);
      column = 0;
    }
    return result;
  }
}
