package io.sentinelforge.eval.conformance;

import io.sentinelforge.eval.EvalLimits;
import io.sentinelforge.eval.EvalResult;
import io.sentinelforge.eval.Evaluator;
import io.sentinelforge.eval.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Runs documented cases through the evaluator and compares each result with the documented output.
 * Nondeterministic cases are skipped. Each case gets its own small budget so one runaway case
 * cannot stall the run.
 */
public final class ConformanceRunner {

  /** Fixed {@code now()} for cases (deterministic cases do not depend on it). */
  public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private static final EvalLimits CASE_LIMITS =
      new EvalLimits(10_000_000L, Duration.ofSeconds(20), 100_000_000L);

  private ConformanceRunner() {}

  /** Evaluates one case. */
  public static CaseOutcome run(ConformanceCase testCase) {
    if (testCase.nondeterministic()) {
      return new CaseOutcome(testCase.id(), "skipped", "nondeterministic");
    }
    EvalResult result =
        Evaluator.run(testCase.query(), Map.of(), NOW, Fixtures.none(), CASE_LIMITS);
    if (result instanceof EvalResult.Unsupported unsupported) {
      return new CaseOutcome(testCase.id(), "unsupported", unsupported.reason());
    }
    if (result instanceof EvalResult.Failed failed) {
      return new CaseOutcome(testCase.id(), "error", failed.message());
    }
    EvalResult.Rows rows = (EvalResult.Rows) result;
    Optional<String> mismatch =
        DocumentedOutput.mismatch(
            testCase.columns(), testCase.rows(), testCase.ordered(), rows.table());
    return mismatch
        .map(detail -> new CaseOutcome(testCase.id(), "fail", detail))
        .orElseGet(() -> new CaseOutcome(testCase.id(), "pass", ""));
  }
}
