package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.ExternalText;
import io.sentinelforge.verify.QueryOutcome;
import io.sentinelforge.verify.QueryRequest;
import io.sentinelforge.verify.QueryRunner;
import io.sentinelforge.verify.RuleKind;
import io.sentinelforge.verify.RuleUnderTest;
import io.sentinelforge.verify.spec.TestCase;
import java.time.Instant;
import java.util.List;

/**
 * Runs a rule on a test case's rows as Sentinel would at {@code at}: window, {@code now()}, query,
 * trigger on the row count, then alerts.
 */
public final class AlertSimulator {

  private final QueryRunner runner;

  /** A simulator that runs queries with {@code runner}. */
  public AlertSimulator(QueryRunner runner) {
    this.runner = runner;
  }

  /** Simulates one run of {@code rule} at {@code at} over the rows of {@code testCase}. */
  public Simulation simulate(RuleUnderTest rule, TestCase testCase, Instant at) {
    RunWindow window = RunWindow.of(rule, at, testCase.period());
    InputBuilder inputs = new InputBuilder(at, window);
    QueryRequest request =
        new QueryRequest(
            rule.query(),
            inputs.tables(testCase.data()),
            at,
            ExternalText.byUrl(testCase.externalData()),
            inputs.watchlists(testCase.watchlists()));
    QueryOutcome outcome = runner.run(request);
    if (!(outcome instanceof QueryOutcome.Rows)) {
      return new Simulation(window, inputs.counts(), request, outcome, false, List.of());
    }
    int rowCount = ((QueryOutcome.Rows) outcome).rows().size();
    boolean triggered = triggers(rule, rowCount);
    List<SimulatedAlert> alerts =
        triggered ? new AlertBuilder(rule).alerts(((QueryOutcome.Rows) outcome).rows()) : List.of();
    return new Simulation(window, inputs.counts(), request, outcome, triggered, alerts);
  }

  /** Scheduled rules compare the row count with their trigger; NRT and hunting fire on any row. */
  static boolean triggers(RuleUnderTest rule, int rowCount) {
    if (rule.kind() != RuleKind.SCHEDULED || rule.triggerOperator() == null) {
      return rowCount > 0;
    }
    return rule.triggerOperator().triggers(rowCount, rule.triggerThreshold());
  }
}
