package io.sentinelforge.kql.syntax;

/** Decodes and encodes KQL string literals (regular, verbatim, obfuscated, multi-line). */
public final class KqlStrings {

  private KqlStrings() {}

  /**
   * The value of one or more adjacent string literals exactly as written in the query, e.g. {@code
   * "a\tb"}, {@code @'c:\x'}, {@code h"secret"}, or {@code "a" 'b'} (adjacent literals
   * concatenate).
   */
  public static String value(String literalText) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = literalText.length();
    while (i < n) {
      char c = literalText.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && literalText.charAt(i + 1) == '/') {
        while (i < n && literalText.charAt(i) != '\n') {
          i++;
        }
      } else {
        i = decodeOne(literalText, i, out);
      }
    }
    return out.toString();
  }

  private static int decodeOne(String text, int start, StringBuilder out) {
    int i = start;
    if (text.charAt(i) == 'h' || text.charAt(i) == 'H') {
      i++;
    }
    if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
      String fence = text.substring(i, i + 3);
      int close = text.indexOf(fence, i + 3);
      out.append(text, i + 3, close);
      return close + 3;
    }
    boolean verbatim = text.charAt(i) == '@';
    if (verbatim) {
      i++;
    }
    char quote = text.charAt(i++);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote) {
        if (verbatim && i + 1 < text.length() && text.charAt(i + 1) == quote) {
          out.append(quote);
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (c == '\\' && !verbatim && i + 1 < text.length()) {
        i = unescape(text, i + 1, out);
        continue;
      }
      out.append(c);
      i++;
    }
    return i;
  }

  private static int unescape(String text, int i, StringBuilder out) {
    char e = text.charAt(i);
    switch (e) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case '0' -> out.append('\0');
      case 'u' -> {
        if (i + 4 < text.length()) {
          try {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            return i + 5;
          } catch (NumberFormatException notHex) {
            out.append('u');
          }
        } else {
          out.append('u');
        }
      }
      default -> out.append(e);
    }
    return i + 1;
  }

  /** A double-quoted KQL literal whose value is {@code value}. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
