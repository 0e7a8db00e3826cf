package io.sentinelforge.eval;

import java.time.Duration;

/**
 * Budgets for one query: rows any single operator may produce, wall-clock time, and cells (rows ×
 * columns) any single intermediate table may hold — the evaluator's guard against out-of-memory.
 */
public record EvalLimits(long maxRows, Duration timeout, long maxCells) {

  /** Defaults sized for a 24 GiB machine: 50M rows, 5 minutes, 500M cells. */
  public static EvalLimits defaults() {
    return new EvalLimits(50_000_000L, Duration.ofMinutes(5), 500_000_000L);
  }
}
