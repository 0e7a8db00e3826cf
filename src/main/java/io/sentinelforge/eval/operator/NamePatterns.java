package io.sentinelforge.eval.operator;

import java.util.ArrayList;
import java.util.List;

/**
 * Column-name patterns of {@code project-away}, {@code project-keep} and {@code project-reorder}: a
 * name, or a pattern where {@code *} stands for any run of characters.
 */
public final class NamePatterns {

  private NamePatterns() {}

  /** Whether {@code name} matches {@code pattern}. */
  public static boolean matches(String pattern, String name) {
    if (pattern.indexOf('*') < 0) {
      return pattern.equals(name);
    }
    return matchFrom(pattern, 0, name, 0);
  }

  private static boolean matchFrom(String pattern, int p, String name, int n) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '*') {
        for (int k = n; k <= name.length(); k++) {
          if (matchFrom(pattern, p + 1, name, k)) {
            return true;
          }
        }
        return false;
      }
      if (n >= name.length() || name.charAt(n) != c) {
        return false;
      }
      p++;
      n++;
    }
    return n == name.length();
  }

  /** The names (in table order) matched by any of the patterns. */
  public static List<String> select(List<String> names, List<String> patterns) {
    List<String> selected = new ArrayList<>();
    for (String name : names) {
      for (String pattern : patterns) {
        if (matches(pattern, name)) {
          selected.add(name);
          break;
        }
      }
    }
    return selected;
  }
}
