package io.sentinelforge.verify.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.verify.alert.AlertEntity;
import io.sentinelforge.verify.alert.SimulatedAlert;
import io.sentinelforge.verify.spec.AlertMatcher;
import io.sentinelforge.verify.spec.CountExpectation;
import io.sentinelforge.verify.spec.Expectations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationCheckerTest {

  private static final SourceSpan SPAN = SourceSpan.at("t.tests.yaml", 7, 9);

  private static final SimulatedAlert ALERT =
      new SimulatedAlert(
          "AzureHound used by u1",
          "u1 used AzureHound",
          "Medium",
          List.of(
              new AlertEntity("Account", Map.of("AadUserId", "u1")),
              new AlertEntity("IP", Map.of("Address", "203.0.113.10"))),
          Map.of("QueriesSent", List.of("2"), "UserAgent", List.of("azurehound/v2.1.7")),
          List.of(Map.of("UserAgent", "azurehound/v2.1.7", "QueriesSent", 2L, "Score", 0.8)));

  private static AlertMatcher matcher(
      Map<String, Object> entities,
      Map<String, Object> details,
      Map<String, Object> columns,
      String displayName) {
    return new AlertMatcher(entities, details, columns, displayName, null, null, SPAN);
  }

  private static Expectations expect(
      CountExpectation alerts, List<AlertMatcher> contains, List<AlertMatcher> absent) {
    return new Expectations(alerts, null, contains, absent, SPAN);
  }

  @Test
  void matchingAlertPasses() {
    AlertMatcher matcher =
        matcher(
            Map.of("Account.AadUserId", "u1", "IP.Address", "203.0.113.10"),
            Map.of("QueriesSent", 2L),
            Map.of("Score", 0.8, "QueriesSent", 2L),
            "AzureHound used by u1");
    assertTrue(
        ExpectationChecker.check(
                expect(new CountExpectation(1, null, null, SPAN), List.of(matcher), List.of()),
                1,
                List.of(ALERT))
            .isEmpty());
  }

  @Test
  void failuresSayExpectedAndActual() {
    AlertMatcher wrong =
        matcher(
            Map.of("Account.AadUserId", "u2"),
            Map.of("QueriesSent", 3L),
            Map.of(),
            "AzureHound used by u1");
    AlertMatcher present = matcher(Map.of("IP.Address", "203.0.113.10"), Map.of(), Map.of(), null);
    List<ExpectationFailure> failures =
        ExpectationChecker.check(
            new Expectations(
                new CountExpectation(null, 2, null, SPAN),
                new CountExpectation(0, null, null, SPAN),
                List.of(wrong),
                List.of(present),
                SPAN),
            1,
            List.of(ALERT));
    assertEquals(4, failures.size());
    assertEquals("alerts: expected at least 2\n    got 1", failures.get(0).describe());
    assertEquals("rows: expected 0\n    got 1", failures.get(1).describe());
    assertEquals(
        "contains[1]: expected an alert matching entities {Account.AadUserId: u2};"
            + " customDetails {QueriesSent: 3}; displayName \"AzureHound used by u1\"\n"
            + "    got closest alert \"AzureHound used by u1\" differs in:\n"
            + "      entities.Account.AadUserId = u2 (alert has u1)\n"
            + "      customDetails.QueriesSent = 3 (alert has [\"2\"])",
        failures.get(2).describe());
    assertEquals(
        "absent[1]: expected no alert matching entities {IP.Address: 203.0.113.10}\n"
            + "    got alert \"AzureHound used by u1\" matches",
        failures.get(3).describe());
    assertEquals(SPAN, failures.get(2).span());
  }

  @Test
  void containsWithNoAlertsSaysSo() {
    List<ExpectationFailure> failures =
        ExpectationChecker.check(
            expect(
                null,
                List.of(matcher(Map.of(), Map.of(), Map.of("UserAgent", "x"), null)),
                List.of()),
            0,
            List.of());
    assertEquals(
        "contains[1]: expected an alert matching columns {UserAgent: x}\n    got no alerts",
        failures.get(0).describe());
  }

  @Test
  void columnMismatchShowsTheValues() {
    List<ExpectationFailure> failures =
        ExpectationChecker.check(
            expect(
                null, List.of(matcher(Map.of(), Map.of(), Map.of("Score", 0.7), null)), List.of()),
            1,
            List.of(ALERT));
    assertTrue(
        failures.get(0).describe().endsWith("columns.Score = 0.7 (alert has 0.8)"),
        failures.get(0).describe());
  }
}
