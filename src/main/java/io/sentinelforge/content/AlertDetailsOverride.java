package io.sentinelforge.content;

import java.util.List;

/**
 * Per-alert overrides taken from the query results; absent fields are null.
 *
 * @param alertDisplayNameFormat display name with up to 3 {@code {{Column}}} placeholders
 * @param alertDescriptionFormat description with up to 3 placeholders
 * @param alertTacticsColumnName column holding the tactics
 * @param alertSeverityColumnName column holding the severity
 * @param alertDynamicProperties dynamic alert properties
 */
public record AlertDetailsOverride(
    String alertDisplayNameFormat,
    String alertDescriptionFormat,
    String alertTacticsColumnName,
    String alertSeverityColumnName,
    List<AlertDynamicProperty> alertDynamicProperties) {

  /** Copies the list. */
  public AlertDetailsOverride {
    alertDynamicProperties = List.copyOf(alertDynamicProperties);
  }
}
