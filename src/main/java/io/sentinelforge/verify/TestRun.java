package io.sentinelforge.verify;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/**
 * Everything one {@code test} run found: case results in file order, problems in test files and
 * coverage gates, and per-rule coverage.
 */
public record TestRun(
    List<CaseResult> results, List<Diagnostic> diagnostics, List<RuleCoverage> coverage) {

  /** Copies lists. */
  public TestRun {
    results = List.copyOf(results);
    diagnostics = List.copyOf(diagnostics);
    coverage = List.copyOf(coverage);
  }

  /** Number of cases with a status. */
  public long count(CaseStatus status) {
    return results.stream().filter(result -> result.status() == status).count();
  }

  /** True when a case failed or errored or a diagnostic is an error: the run fails CI. */
  public boolean failed() {
    return count(CaseStatus.FAILED) > 0
        || count(CaseStatus.ERROR) > 0
        || diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Rules and hunting queries without any test case. */
  public List<RuleCoverage> untested() {
    return coverage.stream().filter(rule -> rule.cases() == 0).toList();
  }
}
