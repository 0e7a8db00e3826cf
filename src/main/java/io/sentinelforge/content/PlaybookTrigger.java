package io.sentinelforge.content;

/**
 * What starts a playbook run.
 *
 * @param kind {@code incident}, {@code alert} or {@code recurrence}
 * @param frequency for recurrence: Minute, Hour, Day, Week or Month
 * @param interval for recurrence: how many frequency units between runs
 */
public record PlaybookTrigger(String kind, String frequency, int interval) {}
