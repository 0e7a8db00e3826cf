package io.sentinelforge.verify.expect;

import io.sentinelforge.verify.ValueText;
import io.sentinelforge.verify.alert.AlertEntity;
import io.sentinelforge.verify.alert.SimulatedAlert;
import io.sentinelforge.verify.spec.AlertMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Compares one alert with one matcher, field by field (subset match). */
final class AlertMatching {

  private AlertMatching() {}

  /** The fields of {@code matcher} that {@code alert} does not satisfy; empty when it matches. */
  static List<Mismatch> mismatches(AlertMatcher matcher, SimulatedAlert alert) {
    List<Mismatch> mismatches = new ArrayList<>();
    matcher.entities().forEach((key, value) -> entity(key, value, alert, mismatches));
    matcher.customDetails().forEach((key, value) -> customDetail(key, value, alert, mismatches));
    columns(matcher.columns(), alert, mismatches);
    text("displayName", matcher.displayName(), alert.displayName(), mismatches);
    text("description", matcher.description(), alert.description(), mismatches);
    text("severity", matcher.severity(), alert.severity(), mismatches);
    return mismatches;
  }

  private static void entity(
      String key, Object expected, SimulatedAlert alert, List<Mismatch> mismatches) {
    int dot = key.indexOf('.');
    String type = key.substring(0, Math.max(0, dot));
    String identifier = key.substring(dot + 1);
    List<String> actual = new ArrayList<>();
    for (AlertEntity entity : alert.entities()) {
      String value = entity.type().equals(type) ? entity.identifiers().get(identifier) : null;
      if (value != null) {
        if (ValueText.matches(expected, value)) {
          return;
        }
        actual.add(value);
      }
    }
    mismatches.add(
        new Mismatch(
            "entities." + key,
            ValueText.of(expected),
            actual.isEmpty() ? "no " + key + " entity" : String.join(", ", actual)));
  }

  private static void customDetail(
      String key, Object expected, SimulatedAlert alert, List<Mismatch> mismatches) {
    List<String> values = alert.customDetails().get(key);
    boolean ok =
        values != null
            && (expected instanceof List
                ? ValueText.matches(expected, values)
                : values.stream().anyMatch(value -> ValueText.matches(expected, value)));
    if (!ok) {
      mismatches.add(
          new Mismatch(
              "customDetails." + key,
              ValueText.of(expected),
              values == null ? "no such custom detail" : ValueText.of(values)));
    }
  }

  private static void columns(
      Map<String, Object> expected, SimulatedAlert alert, List<Mismatch> mismatches) {
    if (expected.isEmpty()) {
      return;
    }
    for (Map<String, Object> row : alert.rows()) {
      if (expected.entrySet().stream()
          .allMatch(entry -> ValueText.matches(entry.getValue(), row.get(entry.getKey())))) {
        return;
      }
    }
    Map<String, Object> first = alert.rows().get(0);
    int before = mismatches.size();
    expected.forEach(
        (column, value) -> {
          boolean anyRow =
              alert.rows().stream().anyMatch(row -> ValueText.matches(value, row.get(column)));
          if (!anyRow || alert.rows().size() == 1) {
            mismatches.add(
                new Mismatch(
                    "columns." + column,
                    ValueText.of(value),
                    first.containsKey(column)
                        ? alert.rows().stream()
                            .map(row -> ValueText.of(row.get(column)))
                            .distinct()
                            .collect(Collectors.joining(", "))
                        : "no such column"));
          }
        });
    if (mismatches.size() == before) {
      mismatches.add(new Mismatch("columns", ValueText.of(expected), "no single row with all"));
    }
  }

  private static void text(String field, String expected, String actual, List<Mismatch> out) {
    if (expected != null && !expected.equals(actual)) {
      out.add(new Mismatch(field, '"' + expected + '"', '"' + actual + '"'));
    }
  }
}
