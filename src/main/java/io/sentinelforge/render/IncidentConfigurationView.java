package io.sentinelforge.render;

import java.util.List;

/**
 * A rule's incident creation and alert grouping settings, ready for a template.
 *
 * @param createIncident whether alerts create incidents
 * @param groupingEnabled whether alerts are grouped into incidents
 * @param reopenClosedIncident whether a grouped alert reopens a closed incident
 * @param lookbackDuration quoted ISO 8601 grouping window
 * @param matchingMethod quoted AllEntities, AnyAlert or Selected
 * @param groupByEntities quoted entity types
 * @param groupByAlertDetails quoted DisplayName/Severity
 * @param groupByCustomDetails quoted custom detail keys
 */
public record IncidentConfigurationView(
    boolean createIncident,
    boolean groupingEnabled,
    boolean reopenClosedIncident,
    String lookbackDuration,
    String matchingMethod,
    List<String> groupByEntities,
    List<String> groupByAlertDetails,
    List<String> groupByCustomDetails) {

  /** Sentinel's default for rules that say nothing: create incidents, no grouping. */
  public static IncidentConfigurationView defaults() {
    return new IncidentConfigurationView(
        true,
        false,
        false,
        JsonText.quote("PT5H"),
        JsonText.quote("AllEntities"),
        List.of(),
        List.of(),
        List.of());
  }
}
