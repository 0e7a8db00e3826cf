package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.eval.EvalResult;
import java.util.List;

/**
 * The outcome of {@code kql run}: the evaluation result of the last run, load time, and the wall
 * times of the timed repetitions (empty without {@code --repeat}); or the diagnostic that stopped
 * it.
 */
public record RunQueryResult(
    EvalResult result, long loadMillis, List<Double> runMillis, Diagnostic problem) {

  /** Copies the run times. */
  public RunQueryResult {
    runMillis = List.copyOf(runMillis);
  }

  /** A run that stopped before evaluation. */
  static RunQueryResult problem(Diagnostic problem) {
    return new RunQueryResult(null, 0, List.of(), problem);
  }
}
