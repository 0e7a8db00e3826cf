package io.sentinelforge.content.yaml;

/** Character classes of the YAML scanner (SnakeYAML's YAML 1.1 rules). */
final class YamlChars {

  private YamlChars() {}

  static boolean isBreak(String text, int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static boolean isBlank(String text, int i) {
    return i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t');
  }

  /** Length of the line break at {@code i} ({@code \r\n} counts as one break of two chars). */
  static int breakLength(String text, int i) {
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return 2;
    }
    return 1;
  }

  /** The break as SnakeYAML normalises it: CR, LF, CRLF and NEL become LF. */
  static String normalisedBreak(String text, int i) {
    char c = text.charAt(i);
    return c == '\u2028' || c == '\u2029' ? String.valueOf(c) : "\n";
  }
}
