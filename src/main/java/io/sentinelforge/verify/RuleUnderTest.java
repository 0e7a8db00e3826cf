package io.sentinelforge.verify;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an analytics rule or hunting query that decide which alerts it raises.
 *
 * @param file how reports name the rule file
 * @param name the rule's display name
 * @param description the rule's description (the alert description unless overridden)
 * @param kind scheduled, NRT or hunting
 * @param query the KQL text
 * @param queryPeriod the lookback of a scheduled rule (null for NRT and hunting)
 * @param triggerOperator null for NRT and hunting (they fire on any row)
 * @param triggerThreshold the threshold compared with the row count
 * @param aggregation how rows become alerts
 * @param severity the rule severity (null for hunting)
 * @param tactics the rule's tactics
 */
public record RuleUnderTest(
    String file,
    String name,
    String description,
    RuleKind kind,
    String query,
    Duration queryPeriod,
    TriggerOperator triggerOperator,
    int triggerThreshold,
    AggregationKind aggregation,
    String severity,
    List<String> tactics,
    List<EntityMappingSpec> entityMappings,
    Map<String, String> customDetails,
    AlertDetailsOverrideSpec alertDetailsOverride) {

  /** Copies collections; a missing override becomes {@link AlertDetailsOverrideSpec#NONE}. */
  public RuleUnderTest {
    tactics = List.copyOf(tactics);
    entityMappings = List.copyOf(entityMappings);
    customDetails = Collections.unmodifiableMap(new LinkedHashMap<>(customDetails));
    alertDetailsOverride =
        alertDetailsOverride == null ? AlertDetailsOverrideSpec.NONE : alertDetailsOverride;
  }
}
