package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.eval.conformance.CaseOutcome;
import java.util.List;

/**
 * Outcomes of a conformance run, or the diagnostic that stopped it (unreadable file).
 *
 * @param outcomes one per case, in file order
 * @param problem null when the file was read
 */
public record ConformanceReport(List<CaseOutcome> outcomes, Diagnostic problem) {

  /** Copies the outcomes. */
  public ConformanceReport {
    outcomes = List.copyOf(outcomes);
  }

  /** Number of cases with the given status. */
  public long count(String status) {
    return outcomes.stream().filter(outcome -> outcome.status().equals(status)).count();
  }
}
