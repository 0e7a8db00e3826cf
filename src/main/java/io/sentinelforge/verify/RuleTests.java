package io.sentinelforge.verify;

import io.sentinelforge.verify.spec.RuleTestFile;

/**
 * A rule and its loaded test file; {@code rule} is null when the rule could not be read (every case
 * then ends in ERROR with {@code ruleProblem}).
 */
public record RuleTests(RuleUnderTest rule, RuleTestFile tests, String ruleProblem) {}
