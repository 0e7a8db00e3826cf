package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.AggregationKind;
import io.sentinelforge.verify.RuleKind;
import io.sentinelforge.verify.RuleUnderTest;
import io.sentinelforge.verify.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a triggered run's result rows into alerts: one per row ({@code AlertPerResult}, hunting
 * queries) or one for all rows ({@code SingleAlert}); entities, custom details and the alert
 * details override are taken from the rows.
 */
public final class AlertBuilder {

  /** Sentinel raises at most this many alerts per run; the last one holds the remaining rows. */
  static final int MAX_ALERTS_PER_RUN = 150;

  private static final Set<String> SEVERITIES = Set.of("informational", "low", "medium", "high");

  private final RuleUnderTest rule;
  private final EntityExtractor entities;

  /** A builder for {@code rule}. */
  public AlertBuilder(RuleUnderTest rule) {
    this.rule = rule;
    this.entities = new EntityExtractor(rule.entityMappings());
  }

  /** The alerts for {@code rows} (which already passed the trigger). */
  public List<SimulatedAlert> alerts(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    boolean perResult =
        rule.kind() == RuleKind.HUNTING || rule.aggregation() == AggregationKind.ALERT_PER_RESULT;
    if (!perResult) {
      return List.of(alert(rows));
    }
    List<SimulatedAlert> alerts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (i == MAX_ALERTS_PER_RUN - 1 && rows.size() > MAX_ALERTS_PER_RUN) {
        alerts.add(alert(rows.subList(i, rows.size())));
        break;
      }
      alerts.add(alert(List.of(rows.get(i))));
    }
    return alerts;
  }

  private SimulatedAlert alert(List<Map<String, Object>> rows) {
    Map<String, Object> first = rows.get(0);
    var override = rule.alertDetailsOverride();
    String displayName =
        override.displayNameFormat() != null
            ? DetailsTemplate.render(override.displayNameFormat(), first)
            : rule.name();
    String description =
        override.descriptionFormat() != null
            ? DetailsTemplate.render(override.descriptionFormat(), first)
            : rule.description();
    return new SimulatedAlert(
        displayName,
        description,
        severity(first),
        entities.entities(rows),
        customDetails(rows),
        rows);
  }

  private String severity(Map<String, Object> first) {
    String column = rule.alertDetailsOverride().severityColumnName();
    if (column != null) {
      String value = ValueText.of(first.get(column));
      if (SEVERITIES.contains(value.toLowerCase(Locale.ROOT))) {
        return value.substring(0, 1).toUpperCase(Locale.ROOT)
            + value.substring(1).toLowerCase(Locale.ROOT);
      }
    }
    return rule.severity();
  }

  private Map<String, List<String>> customDetails(List<Map<String, Object>> rows) {
    Map<String, List<String>> details = new LinkedHashMap<>();
    rule.customDetails()
        .forEach(
            (key, column) -> {
              Set<String> values = new LinkedHashSet<>();
              rows.forEach(row -> values.add(ValueText.of(row.get(column))));
              details.put(key, new ArrayList<>(values));
            });
    return details;
  }
}
