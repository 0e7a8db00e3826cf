package io.sentinelforge.render;

/**
 * JSON string literals for rendered ARM templates, with ARM's expression escape applied, so
 * templates never escape anything themselves.
 */
public final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * The ARM-safe JSON literal of a plain value: a value that ARM would read as an expression (it
   * starts with {@code [} and ends with {@code ]}) gets ARM's escape, a leading extra {@code [}.
   */
  public static String literal(String value) {
    return quote(armEscape(value));
  }

  /**
   * The JSON literal of an ARM expression such as {@code [parameters('workspace')]}, written as is.
   */
  public static String expression(String expression) {
    if (!isArmExpression(expression)) {
      throw new IllegalArgumentException("not an ARM expression: " + expression);
    }
    return quote(expression);
  }

  /**
   * ARM reads a string that starts with {@code [} and ends with {@code ]} as an expression; the
   * documented escape is a second leading bracket. Other strings, even with a leading {@code [},
   * are taken literally, and escaping them would change their value.
   */
  public static String armEscape(String value) {
    boolean bracketed = value.length() >= 2 && value.startsWith("[") && value.endsWith("]");
    // a value already starting with "[[" needs the extra bracket too, or ARM would eat one
    return bracketed ? "[" + value : value;
  }

  /** What ARM makes of a literal string value at deployment (the inverse of {@link #armEscape}). */
  public static String armUnescape(String value) {
    return value.startsWith("[[") && value.endsWith("]") ? value.substring(1) : value;
  }

  /** True when ARM would evaluate this string value as an expression. */
  public static boolean isArmExpression(String value) {
    return value.length() >= 2
        && value.charAt(0) == '['
        && value.charAt(value.length() - 1) == ']'
        && !value.startsWith("[[");
  }

  /** A quoted JSON string; every control character, quote and backslash escaped. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      appendEscaped(out, value.charAt(i));
    }
    return out.append('"').toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> {
        // U+2028/2029 are legal in JSON but break JavaScript tooling that embeds it.
        if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
          out.append("\\u")
              .append(HEX[(c >> 12) & 0xf])
              .append(HEX[(c >> 8) & 0xf])
              .append(HEX[(c >> 4) & 0xf])
              .append(HEX[c & 0xf]);
        } else {
          out.append(c);
        }
      }
    }
  }
}
