package io.sentinelforge.report;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.RuleCoverage;
import io.sentinelforge.verify.TestRun;
import io.sentinelforge.verify.alert.Simulation;
import io.sentinelforge.verify.alert.TableWindow;
import io.sentinelforge.verify.expect.ExpectationFailure;
import io.sentinelforge.verify.explain.StageCount;

/**
 * The readable summary of a rule test run: one line per case, then for each case that did not pass
 * where it is, expected versus actual, the run window and the row count after each pipe stage.
 */
public final class RuleTestText {

  private RuleTestText() {}

  /** The whole report, ending with a newline. */
  public static String of(TestRun run) {
    StringBuilder text = new StringBuilder();
    run.diagnostics().stream().map(Diagnostic::format).forEach(line -> line(text, line));
    for (CaseResult result : run.results()) {
      String name = label(result.status()) + "  " + result.ruleFile() + " › " + result.caseName();
      if (result.status() == CaseStatus.UNSUPPORTED) {
        line(text, name + "  (unsupported: " + result.reason() + ")");
      } else {
        line(text, name);
      }
      if (result.status() == CaseStatus.FAILED || result.status() == CaseStatus.ERROR) {
        details(text, result);
      }
    }
    for (RuleCoverage rule : run.untested()) {
      line(text, "NO TESTS  " + rule.ruleFile());
    }
    line(text, summary(run));
    return text.toString();
  }

  /** {@code 24 cases: 22 passed, 1 failed, 1 unsupported, 0 errors; 1 rule without tests}. */
  public static String summary(TestRun run) {
    return run.results().size()
        + " cases: "
        + run.count(CaseStatus.PASSED)
        + " passed, "
        + run.count(CaseStatus.FAILED)
        + " failed, "
        + run.count(CaseStatus.UNSUPPORTED)
        + " unsupported, "
        + run.count(CaseStatus.ERROR)
        + " errors"
        + (run.untested().isEmpty() ? "" : "; " + run.untested().size() + " without tests");
  }

  /** The status word used in listings. */
  public static String label(CaseStatus status) {
    switch (status) {
      case PASSED:
        return "PASS ";
      case FAILED:
        return "FAIL ";
      case UNSUPPORTED:
        return "UNSUP";
      default:
        return "ERROR";
    }
  }

  private static void details(StringBuilder text, CaseResult result) {
    line(text, "      at " + result.span().location() + " (run at " + result.at() + ")");
    if (result.reason() != null) {
      line(text, "      error: " + result.reason());
    }
    for (ExpectationFailure failure : result.failures()) {
      line(text, "      " + failure.describe().replace("\n", "\n      "));
    }
    Simulation simulation = result.simulation();
    if (result.status() == CaseStatus.FAILED && simulation != null) {
      line(text, "      window: " + simulation.window().describe());
      for (TableWindow table : simulation.tables()) {
        line(
            text,
            "        "
                + table.table()
                + ": "
                + table.visible()
                + " of "
                + table.total()
                + " rows visible"
                + (table.withoutTime() > 0
                    ? " (" + table.withoutTime() + " without TimeGenerated)"
                    : ""));
      }
      if (!result.explain().isEmpty()) {
        line(text, "      rows after each stage:");
        result.explain().stream().map(StageCount::describe).forEach(l -> line(text, "      " + l));
      }
    }
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append('\n');
  }
}
