package io.sentinelforge.kql.semantic;

/**
 * Hunting queries may hold portal placeholders such as {@code {{StartTimeISO}}} that the portal
 * fills in before running them. Inside a string literal they are ordinary text; outside one this
 * replaces each by {@code now()} padded with spaces to the same length, so the query parses and
 * every offset still points at the original text.
 */
public final class HuntingPlaceholders {

  private HuntingPlaceholders() {}

  /** The text with unquoted {@code {{Name}}} placeholders neutralised (same length). */
  public static String neutralise(String text) {
    if (!text.contains("{{")) {
      return text;
    }
    StringBuilder result = new StringBuilder(text);
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{' && text.startsWith("{{", i)) {
        int close = text.indexOf("}}", i + 2);
        if (close > 0 && close + 2 - i >= 5 && text.substring(i, close).indexOf('\n') < 0) {
          String replacement = "now()" + " ".repeat(close + 2 - i - 5);
          result.replace(i, close + 2, replacement);
          i = close + 1;
        }
      }
    }
    return result.toString();
  }
}
