package io.sentinelforge.verify;

/**
 * How well one rule or hunting query is tested.
 *
 * @param ruleFile how reports name the rule file
 * @param cases number of test cases (0 when it has no test file)
 * @param shouldFire cases that expect at least one alert
 * @param shouldNotFire cases that expect none
 */
public record RuleCoverage(String ruleFile, int cases, int shouldFire, int shouldNotFire) {}
