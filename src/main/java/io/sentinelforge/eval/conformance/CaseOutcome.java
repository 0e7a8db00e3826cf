package io.sentinelforge.eval.conformance;

/**
 * The result of one conformance case.
 *
 * @param id the case id
 * @param status {@code pass}, {@code fail}, {@code unsupported}, {@code error} or {@code skipped}
 * @param detail why it did not pass (empty when it passed)
 */
public record CaseOutcome(String id, String status, String detail) {}
