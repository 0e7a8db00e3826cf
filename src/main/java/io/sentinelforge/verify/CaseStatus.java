package io.sentinelforge.verify;

/** How a test case ended. */
public enum CaseStatus {
  /** Every expectation holds. */
  PASSED,
  /** At least one expectation does not hold. */
  FAILED,
  /** The query uses KQL the local evaluator does not support: neither pass nor fail. */
  UNSUPPORTED,
  /** The case could not run: the rule is unusable or the query failed on the data. */
  ERROR
}
