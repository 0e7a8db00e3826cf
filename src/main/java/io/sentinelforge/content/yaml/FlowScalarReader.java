package io.sentinelforge.content.yaml;

/**
 * Re-reads a single- or double-quoted scalar from the file text (escapes, {@code ''}, line folding)
 * as SnakeYAML does, recording where each value character came from.
 */
final class FlowScalarReader {

  private final String file;
  private final boolean doubleQuoted;
  private int pos;

  private FlowScalarReader(String file, int pos) {
    this.file = file;
    this.pos = pos;
    this.doubleQuoted = file.charAt(pos) == '"';
  }

  /** Reads the quoted scalar whose opening quote is at {@code start}; null if malformed. */
  static MappedText read(String file, int start) {
    try {
      return new FlowScalarReader(file, start).read();
    } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
      return null;
    }
  }

  private MappedText read() {
    char quote = file.charAt(pos);
    pos++;
    MappedText chunks = new MappedText();
    scanNonSpaces(chunks);
    while (file.charAt(pos) != quote) {
      scanSpaces(chunks);
      scanNonSpaces(chunks);
    }
    return chunks;
  }

  private void scanNonSpaces(MappedText chunks) {
    while (true) {
      int runStart = pos;
      while (pos < file.length() && !stops(file.charAt(pos))) {
        pos++;
      }
      chunks.copy(file, runStart, pos);
      char c = file.charAt(pos);
      if (!doubleQuoted && c == '\'' && pos + 1 < file.length() && file.charAt(pos + 1) == '\'') {
        chunks.append('\'', pos);
        pos += 2;
      } else if ((doubleQuoted && c == '\'') || (!doubleQuoted && (c == '"' || c == '\\'))) {
        chunks.append(c, pos);
        pos++;
      } else if (doubleQuoted && c == '\\') {
        scanEscape(chunks);
      } else {
        return;
      }
    }
  }

  private static boolean stops(char c) {
    return c == '\'' || c == '"' || c == '\\' || c == ' ' || c == '\t' || c == '\0' || isBreak(c);
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private void scanEscape(MappedText chunks) {
    int escapeStart = pos;
    pos++;
    char c = file.charAt(pos);
    String replacement = EscapeTable.replacement(c);
    int hexLength = EscapeTable.hexLength(c);
    if (replacement != null) {
      chunks.append(replacement, escapeStart);
      pos++;
    } else if (hexLength > 0) {
      String hex = file.substring(pos + 1, pos + 1 + hexLength);
      int codePoint = Integer.parseInt(hex, 16);
      chunks.append(new String(Character.toChars(codePoint)), escapeStart);
      pos += 1 + hexLength;
    } else if (YamlChars.isBreak(file, pos)) {
      pos += YamlChars.breakLength(file, pos);
      chunks.append(scanBreaks());
    } else {
      throw new IllegalArgumentException("unknown escape");
    }
  }

  private void scanSpaces(MappedText chunks) {
    int whitespaceStart = pos;
    while (YamlChars.isBlank(file, pos)) {
      pos++;
    }
    if (YamlChars.isBreak(file, pos)) {
      int breakAt = pos;
      String lineBreak = YamlChars.normalisedBreak(file, pos);
      pos += YamlChars.breakLength(file, pos);
      MappedText breaks = scanBreaks();
      if (!lineBreak.equals("\n")) {
        chunks.append(lineBreak, breakAt);
      } else if (breaks.length() == 0) {
        chunks.append(' ', breakAt);
      }
      chunks.append(breaks);
    } else {
      chunks.copy(file, whitespaceStart, pos);
    }
  }

  private MappedText scanBreaks() {
    MappedText chunks = new MappedText();
    while (true) {
      while (YamlChars.isBlank(file, pos)) {
        pos++;
      }
      if (!YamlChars.isBreak(file, pos)) {
        return chunks;
      }
      chunks.append(YamlChars.normalisedBreak(file, pos), pos);
      pos += YamlChars.breakLength(file, pos);
    }
  }
}
