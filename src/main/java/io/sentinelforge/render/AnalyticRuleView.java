package io.sentinelforge.render;

import java.util.List;

/**
 * Everything {@code arm.ftl}'s {@code alertRule} macro prints for one analytics rule. Strings are
 * finished JSON literals (quoted, escaped, ARM-safe); the YAML→ARM mapping happened before.
 *
 * @param resourceName the stable resource GUID (plain; only hex digits and dashes)
 * @param apiVersion quoted Microsoft.SecurityInsights API version
 * @param kind quoted Scheduled or NRT
 * @param contentVersion quoted template contentVersion
 * @param displayName quoted name
 * @param description quoted description
 * @param severity quoted severity
 * @param enabled whether the rule runs once deployed
 * @param query quoted query
 * @param scheduled true for Scheduled rules (which have a schedule and a trigger)
 * @param queryFrequency quoted ISO duration, or null for NRT
 * @param queryPeriod quoted ISO duration, or null for NRT
 * @param triggerOperator quoted GreaterThan/LessThan/Equal/NotEqual, or null for NRT
 * @param triggerThreshold the threshold (0 for NRT)
 * @param suppressionDuration quoted ISO duration
 * @param suppressionEnabled whether suppression is on
 * @param tactics quoted tactics
 * @param techniques quoted T#### ids
 * @param subTechniques quoted T####.### ids
 * @param entityMappings entity mappings
 * @param customDetails quoted key/column pairs
 * @param alertDetailsOverride the override, or null
 * @param eventGrouping quoted aggregation kind, or null
 * @param incidentConfiguration incident settings
 */
public record AnalyticRuleView(
    String resourceName,
    String apiVersion,
    String kind,
    String contentVersion,
    String displayName,
    String description,
    String severity,
    boolean enabled,
    String query,
    boolean scheduled,
    String queryFrequency,
    String queryPeriod,
    String triggerOperator,
    long triggerThreshold,
    String suppressionDuration,
    boolean suppressionEnabled,
    List<String> tactics,
    List<String> techniques,
    List<String> subTechniques,
    List<EntityMappingView> entityMappings,
    List<NameValue> customDetails,
    AlertDetailsOverrideView alertDetailsOverride,
    String eventGrouping,
    IncidentConfigurationView incidentConfiguration) {}
