package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;

/**
 * An expected count: exact, or bounded by {@code at_least} / {@code at_most} (both may be given).
 *
 * @param exactly the exact count, or null
 * @param atLeast the lower bound, or null
 * @param atMost the upper bound, or null
 */
public record CountExpectation(Integer exactly, Integer atLeast, Integer atMost, SourceSpan span) {

  /** True when {@code actual} satisfies this expectation. */
  public boolean accepts(int actual) {
    if (exactly != null) {
      return actual == exactly;
    }
    return (atLeast == null || actual >= atLeast) && (atMost == null || actual <= atMost);
  }

  /** The expectation as a reader would say it: {@code 1}, {@code at least 2}, … */
  public String describe() {
    if (exactly != null) {
      return Integer.toString(exactly);
    }
    if (atLeast != null && atMost != null) {
      return "between " + atLeast + " and " + atMost;
    }
    return atLeast != null ? "at least " + atLeast : "at most " + atMost;
  }
}
