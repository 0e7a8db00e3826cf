package io.sentinelforge.verify.expect;

import io.sentinelforge.verify.alert.SimulatedAlert;
import io.sentinelforge.verify.spec.AlertMatcher;
import io.sentinelforge.verify.spec.CountExpectation;
import io.sentinelforge.verify.spec.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Compares a simulated run with a case's expectations and lists what does not hold. */
public final class ExpectationChecker {

  private ExpectationChecker() {}

  /** The failed expectations; empty when the case passes. */
  public static List<ExpectationFailure> check(
      Expectations expect, int rowCount, List<SimulatedAlert> alerts) {
    List<ExpectationFailure> failures = new ArrayList<>();
    count("alerts", expect.alerts(), alerts.size(), failures);
    count("rows", expect.rows(), rowCount, failures);
    for (int i = 0; i < expect.contains().size(); i++) {
      contains(i, expect.contains().get(i), alerts, failures);
    }
    for (int i = 0; i < expect.absent().size(); i++) {
      absent(i, expect.absent().get(i), alerts, failures);
    }
    return failures;
  }

  private static void count(
      String name, CountExpectation expected, int actual, List<ExpectationFailure> failures) {
    if (expected != null && !expected.accepts(actual)) {
      failures.add(
          new ExpectationFailure(
              name, expected.describe(), Integer.toString(actual), expected.span()));
    }
  }

  private static void contains(
      int index, AlertMatcher matcher, List<SimulatedAlert> alerts, List<ExpectationFailure> out) {
    List<Mismatch> closest = null;
    SimulatedAlert closestAlert = null;
    for (SimulatedAlert alert : alerts) {
      List<Mismatch> mismatches = AlertMatching.mismatches(matcher, alert);
      if (mismatches.isEmpty()) {
        return;
      }
      if (closest == null || mismatches.size() < closest.size()) {
        closest = mismatches;
        closestAlert = alert;
      }
    }
    String actual =
        closestAlert == null
            ? "no alerts"
            : "closest alert \""
                + closestAlert.displayName()
                + "\" differs in:\n      "
                + closest.stream().map(Mismatch::describe).collect(Collectors.joining("\n      "));
    out.add(
        new ExpectationFailure(
            "contains[" + (index + 1) + "]",
            "an alert matching " + MatcherText.describe(matcher),
            actual,
            matcher.span()));
  }

  private static void absent(
      int index, AlertMatcher matcher, List<SimulatedAlert> alerts, List<ExpectationFailure> out) {
    alerts.stream()
        .filter(alert -> AlertMatching.mismatches(matcher, alert).isEmpty())
        .findFirst()
        .ifPresent(
            alert ->
                out.add(
                    new ExpectationFailure(
                        "absent[" + (index + 1) + "]",
                        "no alert matching " + MatcherText.describe(matcher),
                        "alert \"" + alert.displayName() + "\" matches",
                        matcher.span())));
  }
}
