package io.sentinelforge.verify;

import io.sentinelforge.verify.alert.AlertSimulator;
import io.sentinelforge.verify.alert.Simulation;
import io.sentinelforge.verify.expect.ExpectationChecker;
import io.sentinelforge.verify.expect.ExpectationFailure;
import io.sentinelforge.verify.explain.StageExplainer;
import io.sentinelforge.verify.spec.TestCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Runs one test case: simulate the rule, check the expectations, explain a failure. */
final class CaseRunner {

  private final QueryRunner runner;

  CaseRunner(QueryRunner runner) {
    this.runner = runner;
  }

  CaseResult run(RuleTests subject, TestCase testCase, Instant at) {
    long started = System.nanoTime();
    try {
      return simulateAndCheck(subject, testCase, at, started);
    } catch (RuntimeException bug) {
      // an engine bug must not take the other cases down; report it on this case
      return result(
          subject,
          testCase,
          at,
          CaseStatus.ERROR,
          List.of(),
          "internal error while running the case: " + bug,
          null,
          started);
    }
  }

  private CaseResult simulateAndCheck(
      RuleTests subject, TestCase testCase, Instant at, long started) {
    RuleUnderTest rule = subject.rule();
    if (rule == null) {
      return result(
          subject, testCase, at, CaseStatus.ERROR, List.of(), subject.ruleProblem(), null, started);
    }
    Simulation simulation = new AlertSimulator(runner).simulate(rule, testCase, at);
    return simulation
        .outcome()
        .accept(
            new QueryOutcome.Visitor<CaseResult>() {
              @Override
              public CaseResult rows(QueryOutcome.Rows rows) {
                List<ExpectationFailure> failures =
                    ExpectationChecker.check(
                        testCase.expect(), rows.rows().size(), simulation.alerts());
                CaseStatus status = failures.isEmpty() ? CaseStatus.PASSED : CaseStatus.FAILED;
                return new CaseResult(
                    rule.file(),
                    rule.name(),
                    testCase.name(),
                    testCase.span(),
                    at,
                    status,
                    failures,
                    null,
                    failures.isEmpty()
                        ? List.of()
                        : new StageExplainer(runner).explain(simulation.request()),
                    simulation,
                    elapsed(started));
              }

              @Override
              public CaseResult unsupported(QueryOutcome.Unsupported unsupported) {
                return result(
                    subject,
                    testCase,
                    at,
                    CaseStatus.UNSUPPORTED,
                    List.of(),
                    unsupported.reason(),
                    simulation,
                    started);
              }

              @Override
              public CaseResult failed(QueryOutcome.Failed failed) {
                return result(
                    subject,
                    testCase,
                    at,
                    CaseStatus.ERROR,
                    List.of(),
                    "the query failed: " + failed.message(),
                    simulation,
                    started);
              }
            });
  }

  private static CaseResult result(
      RuleTests subject,
      TestCase testCase,
      Instant at,
      CaseStatus status,
      List<ExpectationFailure> failures,
      String reason,
      Simulation simulation,
      long started) {
    RuleUnderTest rule = subject.rule();
    String ruleFile = rule != null ? rule.file() : subject.tests().rulePath().toString();
    String ruleName = rule != null ? rule.name() : ruleFile;
    return new CaseResult(
        ruleFile,
        ruleName,
        testCase.name(),
        testCase.span(),
        at,
        status,
        failures,
        reason,
        List.of(),
        simulation,
        elapsed(started));
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
