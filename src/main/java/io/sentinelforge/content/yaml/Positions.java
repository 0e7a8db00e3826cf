package io.sentinelforge.content.yaml;

/** Converts SnakeYAML's code-point indexes into UTF-16 offsets of the file text. */
final class Positions {

  private final int[] utf16ByCodePoint;
  private final int length;

  Positions(String text) {
    this.length = text.length();
    if (text.codePointCount(0, text.length()) == text.length()) {
      utf16ByCodePoint = null;
    } else {
      int count = text.codePointCount(0, text.length());
      utf16ByCodePoint = new int[count + 1];
      int offset = 0;
      for (int i = 0; i < count; i++) {
        utf16ByCodePoint[i] = offset;
        offset += Character.charCount(text.codePointAt(offset));
      }
      utf16ByCodePoint[count] = offset;
    }
  }

  /** UTF-16 offset of a code-point index, clamped to the text. */
  int offset(int codePointIndex) {
    if (utf16ByCodePoint == null) {
      return Math.max(0, Math.min(codePointIndex, length));
    }
    int index = Math.max(0, Math.min(codePointIndex, utf16ByCodePoint.length - 1));
    return utf16ByCodePoint[index];
  }
}
