package io.sentinelforge.report;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.RuleCoverage;
import io.sentinelforge.verify.TestRun;
import io.sentinelforge.verify.expect.ExpectationFailure;
import io.sentinelforge.verify.explain.StageCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A run with one case of every status, for report tests. */
final class RuleTestRuns {

  private RuleTestRuns() {}

  static final Instant AT = Instant.parse("2026-01-15T12:00:00Z");

  static CaseResult result(String name, CaseStatus status, int line) {
    SourceSpan span = SourceSpan.at("content/rules/azure hound & <co>.tests.yaml", line, 5);
    List<ExpectationFailure> failures =
        status == CaseStatus.FAILED
            ? List.of(new ExpectationFailure("alerts", "1", "0", span))
            : List.of();
    String reason =
        status == CaseStatus.UNSUPPORTED
            ? "operator 'evaluate bag_unpack'"
            : status == CaseStatus.ERROR ? "the query failed: \"x\" < y" : null;
    List<StageCount> explain =
        status == CaseStatus.FAILED
            ? List.of(new StageCount("SigninLogs", 3, null), new StageCount("| where X", 0, null))
            : List.of();
    return new CaseResult(
        "content/rules/azure-hound.yaml",
        "AzureHound",
        name,
        span,
        AT,
        status,
        failures,
        reason,
        explain,
        null,
        Duration.ofMillis(12));
  }

  static TestRun mixed() {
    return new TestRun(
        List.of(
            result("fires", CaseStatus.PASSED, 3),
            result("fires <again> & \"quoted\"", CaseStatus.FAILED, 20),
            result("unsupported one", CaseStatus.UNSUPPORTED, 40),
            result("broken", CaseStatus.ERROR, 60)),
        List.of(
            Diagnostic.error(
                "TST002",
                "unknown key 'expcet'",
                SourceSpan.at("content/rules/other.tests.yaml", 4, 7)),
            Diagnostic.warning("TST020", "no tests", SourceSpan.ofFile("content/rules/x.yaml"))),
        List.of(
            new RuleCoverage("content/rules/azure-hound.yaml", 4, 2, 2),
            new RuleCoverage("content/rules/x.yaml", 0, 0, 0)));
  }
}
