package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.QueryRunner;
import io.sentinelforge.verify.TestRun;
import io.sentinelforge.verify.spec.TestCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code build} stage that runs the rule tests: every case that did not pass becomes a
 * diagnostic at its line (failed and errored cases are errors, unsupported ones warnings).
 */
public final class RuleTestBuildStage implements RuleTestStage {

  private final TestService service;

  /** A stage running queries with {@code runner}. */
  public RuleTestBuildStage(QueryRunner runner) {
    this.service = new TestService(runner);
  }

  @Override
  public StageOutcome run(Path contentFolder) {
    TestRun run;
    try {
      run = service.run(TestRequest.of(List.of(contentFolder)), result -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(run.diagnostics());
    run.results().forEach(result -> diagnostic(result, diagnostics));
    return new StageOutcome(diagnostics, run.failed(), summary(run));
  }

  private static String summary(TestRun run) {
    return String.format(
        "rule tests: %d passed, %d failed, %d errors, %d unsupported; %d rules without tests",
        run.count(CaseStatus.PASSED),
        run.count(CaseStatus.FAILED),
        run.count(CaseStatus.ERROR),
        run.count(CaseStatus.UNSUPPORTED),
        run.untested().size());
  }

  private static void diagnostic(CaseResult result, List<Diagnostic> diagnostics) {
    String name = result.ruleFile() + " › " + result.caseName();
    switch (result.status()) {
      case FAILED:
        diagnostics.add(
            Diagnostic.error(
                TestCodes.CASE_FAILED,
                "rule test failed: "
                    + name
                    + ": "
                    + result.failures().get(0).describe().replace("\n   ", ","),
                result.span()));
        break;
      case ERROR:
        diagnostics.add(
            Diagnostic.error(
                TestCodes.CASE_ERROR,
                "rule test could not run: " + name + ": " + result.reason(),
                result.span()));
        break;
      case UNSUPPORTED:
        diagnostics.add(
            Diagnostic.warning(
                TestCodes.CASE_UNSUPPORTED,
                "rule test not run (unsupported KQL): " + name + ": " + result.reason(),
                result.span()));
        break;
      default:
        break;
    }
  }
}
