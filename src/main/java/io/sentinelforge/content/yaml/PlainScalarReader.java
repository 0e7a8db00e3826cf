package io.sentinelforge.content.yaml;

/** Re-reads a plain (unquoted) scalar, folding its line breaks as YAML does. */
final class PlainScalarReader {

  private PlainScalarReader() {}

  /** Reads the plain scalar occupying {@code [start, end)} of the file. */
  static MappedText read(String file, int start, int end) {
    MappedText chunks = new MappedText();
    int pos = start;
    while (pos < end) {
      if (!YamlChars.isBlank(file, pos) && !YamlChars.isBreak(file, pos)) {
        chunks.append(file.charAt(pos), pos);
        pos++;
        continue;
      }
      int whitespaceStart = pos;
      while (pos < end && YamlChars.isBlank(file, pos)) {
        pos++;
      }
      if (pos < end && YamlChars.isBreak(file, pos)) {
        pos = fold(file, pos, end, chunks);
      } else {
        chunks.copy(file, whitespaceStart, pos);
      }
    }
    return chunks;
  }

  private static int fold(String file, int pos, int end, MappedText chunks) {
    int breakAt = pos;
    String lineBreak = YamlChars.normalisedBreak(file, pos);
    pos += YamlChars.breakLength(file, pos);
    MappedText breaks = new MappedText();
    while (pos < end) {
      while (pos < end && YamlChars.isBlank(file, pos)) {
        pos++;
      }
      if (pos < end && YamlChars.isBreak(file, pos)) {
        breaks.append(YamlChars.normalisedBreak(file, pos), pos);
        pos += YamlChars.breakLength(file, pos);
      } else {
        break;
      }
    }
    if (!lineBreak.equals("\n")) {
      chunks.append(lineBreak, breakAt);
    } else if (breaks.length() == 0) {
      chunks.append(' ', breakAt);
    }
    chunks.append(breaks);
    return pos;
  }
}
