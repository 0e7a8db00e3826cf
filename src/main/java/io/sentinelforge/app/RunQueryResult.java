package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.eval.EvalResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@code kql run}: per query the evaluation result and the wall times of the timed
 * repetitions (empty without {@code --repeat}), the data load time; or the diagnostic that stopped
 * it.
 */
public record RunQueryResult(List<QueryRun> runs, long loadMillis, Diagnostic problem) {

  /**
   * One query's outcome.
   *
   * @param syntaxError the query's syntax error located in its file, or null when it parsed
   */
  public record QueryRun(
      Path file, EvalResult result, List<Double> runMillis, Diagnostic syntaxError) {
    /** Copies the times. */
    public QueryRun {
      runMillis = List.copyOf(runMillis);
    }
  }

  /** Copies the runs. */
  public RunQueryResult {
    runs = List.copyOf(runs);
  }

  /** A run that stopped before evaluation. */
  static RunQueryResult problem(Diagnostic problem) {
    return new RunQueryResult(List.of(), 0, problem);
  }
}
