package io.sentinelforge.eval.scalar;

/**
 * KQL's term matching behind {@code has}, {@code hasprefix} and {@code hassuffix}: a string is
 * split into maximal runs of letters and digits, and the needle must sit on run boundaries.
 */
public final class Terms {

  private Terms() {}

  /** {@code has}: the needle occurs bounded by non-alphanumerics (or the ends) on both sides. */
  public static boolean has(String haystack, String needle, boolean caseSensitive) {
    return find(haystack, needle, caseSensitive, true, true);
  }

  /** {@code hasprefix}: the needle starts a term. */
  public static boolean hasPrefix(String haystack, String needle, boolean caseSensitive) {
    return find(haystack, needle, caseSensitive, true, false);
  }

  /** {@code hassuffix}: the needle ends a term. */
  public static boolean hasSuffix(String haystack, String needle, boolean caseSensitive) {
    return find(haystack, needle, caseSensitive, false, true);
  }

  private static boolean find(
      String haystack, String needle, boolean caseSensitive, boolean atStart, boolean atEnd) {
    if (needle.isEmpty()) {
      return true;
    }
    String text = caseSensitive ? haystack : fold(haystack);
    String term = caseSensitive ? needle : fold(needle);
    boolean checkStart = atStart && isTermChar(term.charAt(0));
    boolean checkEnd = atEnd && isTermChar(term.charAt(term.length() - 1));
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      int end = at + term.length();
      boolean startOk = !checkStart || at == 0 || !isTermChar(text.charAt(at - 1));
      boolean endOk = !checkEnd || end == text.length() || !isTermChar(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }

  /** Letters and digits form terms; everything else separates them. */
  public static boolean isTermChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static String fold(String text) {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
