package io.sentinelforge.content.yaml;

/** The backslash escapes of double-quoted YAML scalars. */
final class EscapeTable {

  private EscapeTable() {}

  /** The text a one-character escape stands for, or null. */
  static String replacement(char c) {
    switch (c) {
      case '0':
        return "\0";
      case 'a':
        return "\u0007";
      case 'b':
        return "\b";
      case 't':
      case '\t':
        return "\t";
      case 'n':
        return "\n";
      case 'v':
        return "\u000B";
      case 'f':
        return "\f";
      case 'r':
        return "\r";
      case 'e':
        return "\u001B";
      case ' ':
        return " ";
      case '"':
        return "\"";
      case '/':
        return "/";
      case '\\':
        return "\\";
      case 'N':
        return "\u0085";
      case '_':
        return "\u00A0";
      case 'L':
        return "\u2028";
      case 'P':
        return "\u2029";
      default:
        return null;
    }
  }

  /** Number of hex digits after the x, u and U escapes; 0 otherwise. */
  static int hexLength(char c) {
    switch (c) {
      case 'x':
        return 2;
      case 'u':
        return 4;
      case 'U':
        return 8;
      default:
        return 0;
    }
  }
}
