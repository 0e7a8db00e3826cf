package io.sentinelforge.eval.summarize;

/**
 * The grouping of a {@code summarize}: for each input row its group number, the number of groups,
 * and each group's first row (the row whose key cells become the group's key).
 */
public record Groups(int[] groupOfRow, int groupCount, int[] firstRow) {}
