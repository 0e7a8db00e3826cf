package io.sentinelforge.verify.expect;

import io.sentinelforge.diag.SourceSpan;

/**
 * One expectation that does not hold: what was checked, what the test expected and what the
 * simulated run gave.
 *
 * @param expectation e.g. {@code alerts}, {@code contains[2]}
 * @param expected the expected value in words
 * @param actual the actual value in words (may span several lines)
 * @param span where the expectation is written
 */
public record ExpectationFailure(
    String expectation, String expected, String actual, SourceSpan span) {

  /** {@code expectation: expected X, got Y} on one or more lines. */
  public String describe() {
    return expectation + ": expected " + expected + "\n    got " + actual;
  }
}
