package io.sentinelforge.content;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Scheduled or NRT analytics rule in the Azure-Sentinel YAML format. Text fields are kept as
 * written (null when absent or not a string), so checks can report bad values; typed views such as
 * {@link #queryFrequencyDuration()} parse on demand.
 *
 * @param kind the kind, or null when {@code kind} is missing or not Scheduled/NRT
 * @param triggerThreshold null when absent or not an integer
 */
public record AnalyticRule(
    String id,
    String name,
    String description,
    String severity,
    RuleKind kind,
    List<RequiredDataConnector> requiredDataConnectors,
    String queryFrequency,
    String queryPeriod,
    String triggerOperator,
    Integer triggerThreshold,
    List<String> tactics,
    List<String> relevantTechniques,
    QueryText query,
    List<EntityMapping> entityMappings,
    Map<String, String> customDetails,
    AlertDetailsOverride alertDetailsOverride,
    EventGroupingSettings eventGroupingSettings,
    String version,
    String status,
    List<String> tags,
    ContentSource source)
    implements ContentItem {

  /** Copies lists and maps. */
  public AnalyticRule {
    requiredDataConnectors = List.copyOf(requiredDataConnectors);
    tactics = List.copyOf(tactics);
    relevantTechniques = List.copyOf(relevantTechniques);
    entityMappings = List.copyOf(entityMappings);
    customDetails = Collections2.orderedCopy(customDetails);
    tags = List.copyOf(tags);
  }

  /** {@code queryFrequency} parsed, if valid. */
  public Optional<Duration> queryFrequencyDuration() {
    return SentinelDuration.parse(queryFrequency);
  }

  /** {@code queryPeriod} parsed, if valid. */
  public Optional<Duration> queryPeriodDuration() {
    return SentinelDuration.parse(queryPeriod);
  }

  /** {@code triggerOperator} parsed, if valid. */
  public Optional<TriggerOperator> triggerOperatorValue() {
    return TriggerOperator.parse(triggerOperator);
  }

  /** The grouping; {@code SingleAlert} when not given. */
  public EventGroupingSettings eventGrouping() {
    return eventGroupingSettings != null
        ? eventGroupingSettings
        : new EventGroupingSettings("SingleAlert");
  }
}
