package io.sentinelforge.verify.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.verify.AggregationKind;
import io.sentinelforge.verify.EchoRunner;
import io.sentinelforge.verify.RuleKind;
import io.sentinelforge.verify.RuleUnderTest;
import io.sentinelforge.verify.Rules;
import io.sentinelforge.verify.spec.Expectations;
import io.sentinelforge.verify.spec.SampleData;
import io.sentinelforge.verify.spec.SampleRow;
import io.sentinelforge.verify.spec.TestCase;
import io.sentinelforge.verify.spec.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertSimulatorTest {

  private static final Instant AT = Instant.parse("2026-01-15T12:00:00Z");
  private static final SourceSpan SPAN = SourceSpan.at("t.tests.yaml", 1, 1);

  private static SampleRow signIn(String time, String user, String ip, String risk) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("TimeGenerated", TimeText.parse(time).orElseThrow());
    values.put("UserId", user);
    values.put("UserPrincipalName", user + "@contoso.com");
    values.put("IPAddress", ip);
    values.put("AppDisplayName", "Azure Portal");
    values.put("RiskLevel", risk);
    return new SampleRow(values, SPAN);
  }

  private static TestCase caseOf(Duration period, SampleRow... rows) {
    return new TestCase(
        "case",
        AT,
        period,
        List.of(new SampleData("SigninLogs", List.of(rows), SPAN)),
        List.of(),
        List.of(),
        new Expectations(null, null, List.of(), List.of(), SPAN),
        SPAN);
  }

  private static Simulation simulate(RuleUnderTest rule, TestCase testCase) {
    return new AlertSimulator(new EchoRunner("SigninLogs")).simulate(rule, testCase, AT);
  }

  @Test
  void onlyRowsInsideTheQueryPeriodAreVisibleAndNowIsAt() {
    EchoRunner runner = new EchoRunner("SigninLogs");
    TestCase testCase =
        caseOf(
            null,
            signIn("-61m", "old", "192.0.2.1", "low"),
            signIn("-60m", "edge", "192.0.2.2", "low"),
            signIn("-1m", "recent", "192.0.2.3", "low"),
            signIn("+1m", "future", "192.0.2.4", "low"));
    Simulation simulation =
        new AlertSimulator(runner)
            .simulate(Rules.scheduled(AggregationKind.ALERT_PER_RESULT, 0), testCase, AT);
    assertEquals(AT, runner.lastNow());
    assertEquals(List.of(new TableWindow("SigninLogs", 4, 2, 0)), simulation.tables());
    assertEquals(
        List.of("edge", "recent"),
        simulation.alerts().stream().map(alert -> alert.rows().get(0).get("UserId")).toList());
    assertEquals(
        Instant.parse("2026-01-15T11:00:00Z"),
        runner.lastRequest().tables().get("SigninLogs").get(0).values().get("TimeGenerated"));
  }

  @Test
  void triggerAppliesToTheRowCount() {
    TestCase twoRows =
        caseOf(
            null, signIn("-5m", "a", "192.0.2.1", "low"), signIn("-4m", "b", "192.0.2.2", "low"));
    Simulation notEnough = simulate(Rules.scheduled(AggregationKind.SINGLE_ALERT, 2), twoRows);
    assertFalse(notEnough.triggered());
    assertTrue(notEnough.alerts().isEmpty());
    Simulation enough = simulate(Rules.scheduled(AggregationKind.SINGLE_ALERT, 1), twoRows);
    assertTrue(enough.triggered());
    assertEquals(1, enough.alerts().size());
  }

  @Test
  void singleAlertGathersEntitiesAndCustomDetailsOfAllRows() {
    TestCase testCase =
        caseOf(
            null,
            signIn("-5m", "a", "192.0.2.1", "HIGH"),
            signIn("-4m", "b", "192.0.2.1", "low"),
            signIn("-3m", "b", "", "low"));
    SimulatedAlert alert =
        simulate(Rules.scheduled(AggregationKind.SINGLE_ALERT, 0), testCase).alerts().get(0);
    assertEquals("Sign-in by a@contoso.com from 192.0.2.1", alert.displayName());
    assertEquals("a@contoso.com signed in to Azure Portal ().", alert.description());
    assertEquals("High", alert.severity());
    assertEquals(
        List.of(
            "Account.AadUserId=a, Account.FullName=a@contoso.com",
            "IP.Address=192.0.2.1",
            "Account.AadUserId=b, Account.FullName=b@contoso.com"),
        alert.entities().stream().map(AlertEntity::describe).toList());
    assertEquals(Map.of("Application", List.of("Azure Portal")), alert.customDetails());
    assertEquals(3, alert.rows().size());
  }

  @Test
  void alertPerResultRaisesOneAlertPerRowUpToTheServiceLimit() {
    List<SampleRow> rows = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      rows.add(signIn("-" + (i + 1) + "s", "user" + i, "192.0.2.1", "low"));
    }
    TestCase testCase = caseOf(null, rows.toArray(new SampleRow[0]));
    List<SimulatedAlert> alerts =
        simulate(Rules.scheduled(AggregationKind.ALERT_PER_RESULT, 0), testCase).alerts();
    assertEquals(150, alerts.size());
    // the severity override column holds "low"
    assertEquals("Low", alerts.get(0).severity());
    assertEquals("Sign-in by user0@contoso.com from 192.0.2.1", alerts.get(0).displayName());
    assertEquals(11, alerts.get(149).rows().size());
  }

  @Test
  void nrtRulesSeeTheLastMinuteOfIngestion() {
    SampleRow late = signIn("-10m", "late", "192.0.2.1", "low");
    Map<String, Object> values = new LinkedHashMap<>(late.values());
    values.put("_IngestionTime", TimeText.parse("-30s").orElseThrow());
    TestCase testCase =
        caseOf(
            null,
            new SampleRow(values, SPAN),
            signIn("-10m", "old", "192.0.2.2", "low"),
            signIn("-20s", "fresh", "192.0.2.3", "low"));
    RuleUnderTest nrt =
        Rules.withKind(Rules.scheduled(AggregationKind.ALERT_PER_RESULT, 5), RuleKind.NRT);
    Simulation simulation = simulate(nrt, testCase);
    assertEquals(
        List.of("late", "fresh"),
        simulation.alerts().stream().map(alert -> alert.rows().get(0).get("UserId")).toList());
    assertFalse(
        simulation
            .request()
            .tables()
            .get("SigninLogs")
            .get(0)
            .values()
            .containsKey("_IngestionTime"));
  }

  @Test
  void huntingQueriesSeeEverythingUpToAtOrTheirPeriod() {
    RuleUnderTest hunting =
        Rules.withKind(Rules.scheduled(AggregationKind.SINGLE_ALERT, 9), RuleKind.HUNTING);
    SampleRow[] rows = {
      signIn("-20d", "a", "192.0.2.1", "low"),
      signIn("-2d", "b", "192.0.2.2", "low"),
      signIn("+1h", "c", "192.0.2.3", "low")
    };
    assertEquals(2, simulate(hunting, caseOf(null, rows)).alerts().size());
    assertEquals(1, simulate(hunting, caseOf(Duration.ofDays(7), rows)).alerts().size());
  }
}
