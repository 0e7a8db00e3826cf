package io.sentinelforge.eval;

/** Tracks one evaluation against its {@link EvalLimits}; operators call it before they allocate. */
public final class Budget {

  private final EvalLimits limits;
  private final long deadlineNanos;

  /** Starts the clock now. */
  public Budget(EvalLimits limits) {
    this.limits = limits;
    this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
  }

  /** A budget with the default limits, started now. */
  public static Budget withDefaults() {
    return new Budget(EvalLimits.defaults());
  }

  /** The limits in force. */
  public EvalLimits limits() {
    return limits;
  }

  /** Throws when {@code operator} would produce more rows or cells than allowed. */
  public void checkOutput(String operator, long rows, int columns) {
    if (rows > limits.maxRows()) {
      throw new EvaluationException(
          operator
              + " would produce "
              + rows
              + " rows, over the row budget of "
              + limits.maxRows()
              + " (raise it with the row limit option, or filter before this operator)");
    }
    long cells = rows * Math.max(columns, 1);
    if (cells > limits.maxCells()) {
      throw new EvaluationException(
          operator
              + " would hold "
              + cells
              + " cells, over the memory budget of "
              + limits.maxCells()
              + " cells");
    }
    checkTime(operator);
  }

  /** Throws when the time budget is spent. */
  public void checkTime(String operator) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new EvaluationException(
          "query exceeded its time budget of "
              + limits.timeout().toMillis()
              + " ms (in "
              + operator
              + ")");
    }
  }
}
