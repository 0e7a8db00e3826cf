package io.sentinelforge.verify.alert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alert as Sentinel would raise it from the test's rows.
 *
 * @param displayName the alert name (rule name, or the rendered {@code alertDisplayNameFormat})
 * @param description the alert description
 * @param severity the alert severity
 * @param entities entities taken from the rows through {@code entityMappings}
 * @param customDetails key → the values of its column over the alert's rows (distinct, in order)
 * @param rows the result rows grouped into this alert
 */
public record SimulatedAlert(
    String displayName,
    String description,
    String severity,
    List<AlertEntity> entities,
    Map<String, List<String>> customDetails,
    List<Map<String, Object>> rows) {

  /** Copies collections. */
  public SimulatedAlert {
    entities = List.copyOf(entities);
    customDetails = Collections.unmodifiableMap(new LinkedHashMap<>(customDetails));
    rows = List.copyOf(rows);
  }
}
