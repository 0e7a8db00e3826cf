package io.sentinelforge.kql.schema;

import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt names: a case-insensitive match first, then the closest edit. */
public final class NameSuggestions {

  private NameSuggestions() {}

  /**
   * The candidate most likely meant by {@code name}, or empty when none is close: a candidate equal
   * ignoring case, else the one at the smallest edit distance (adjacent swaps count once), allowing
   * one edit for short names and two for longer ones.
   */
  public static Optional<String> closest(String name, Iterable<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    int allowed = name.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String candidateLower = candidate.toLowerCase(Locale.ROOT);
      if (candidateLower.equals(lower)) {
        return Optional.of(candidate);
      }
      if (Math.abs(candidate.length() - name.length()) > allowed) {
        continue;
      }
      int distance = distance(lower, candidateLower);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transposition). */
  static int distance(String left, String right) {
    int[][] table = new int[left.length() + 1][right.length() + 1];
    for (int i = 0; i <= left.length(); i++) {
      table[i][0] = i;
    }
    for (int j = 0; j <= right.length(); j++) {
      table[0][j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      for (int j = 1; j <= right.length(); j++) {
        int cost = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        int best =
            Math.min(
                table[i - 1][j] + 1, Math.min(table[i][j - 1] + 1, table[i - 1][j - 1] + cost));
        if (i > 1
            && j > 1
            && left.charAt(i - 1) == right.charAt(j - 2)
            && left.charAt(i - 2) == right.charAt(j - 1)) {
          best = Math.min(best, table[i - 2][j - 2] + 1);
        }
        table[i][j] = best;
      }
    }
    return table[left.length()][right.length()];
  }
}
