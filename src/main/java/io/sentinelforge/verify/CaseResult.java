package io.sentinelforge.verify;

import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.verify.alert.Simulation;
import io.sentinelforge.verify.expect.ExpectationFailure;
import io.sentinelforge.verify.explain.StageCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of one test case.
 *
 * @param ruleFile how reports name the rule under test
 * @param ruleName the rule's display name
 * @param caseName the case name
 * @param span where the case is written in its test file
 * @param at the simulated run time used
 * @param status passed, failed, unsupported or error
 * @param failures the expectations that do not hold (FAILED only)
 * @param reason why the case could not run (UNSUPPORTED and ERROR only), else null
 * @param explain row counts per pipe stage (FAILED only, when the engine could run the prefixes)
 * @param simulation the simulated run, or null when the case did not reach the engine
 * @param elapsed wall time of the case
 */
public record CaseResult(
    String ruleFile,
    String ruleName,
    String caseName,
    SourceSpan span,
    Instant at,
    CaseStatus status,
    List<ExpectationFailure> failures,
    String reason,
    List<StageCount> explain,
    Simulation simulation,
    Duration elapsed) {

  /** Copies lists. */
  public CaseResult {
    failures = List.copyOf(failures);
    explain = List.copyOf(explain);
  }

  /** The test file the case is written in. */
  public String testFile() {
    return span.file();
  }
}
