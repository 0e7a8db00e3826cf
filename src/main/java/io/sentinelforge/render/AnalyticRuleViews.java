package io.sentinelforge.render;

import io.sentinelforge.content.AlertDetailsOverride;
import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.EntityMapping;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.content.SentinelDuration;
import io.sentinelforge.content.TriggerOperator;
import java.util.ArrayList;
import java.util.List;

/** Maps a validated analytics rule to its view model (sentinel-formats.md §1.2 and §7). */
public final class AnalyticRuleViews {

  private AnalyticRuleViews() {}

  /** The view of a rule that passed validation (required fields present and well-formed). */
  public static AnalyticRuleView of(AnalyticRule rule, RenderSettings settings) {
    boolean scheduled = rule.kind() == RuleKind.SCHEDULED;
    return new AnalyticRuleView(
        StableGuid.of("analytic-rule", rule.id()),
        JsonText.quote(settings.securityInsightsApiVersion()),
        JsonText.quote(rule.kind().yamlName()),
        JsonText.quote(SentinelText.contentVersion(rule.version())),
        JsonText.literal(rule.name()),
        JsonText.literal(SentinelText.description(rule.description())),
        JsonText.literal(rule.severity()),
        settings.rulesEnabled(),
        JsonText.literal(rule.query().text()),
        scheduled,
        scheduled ? duration(rule.queryFrequency()) : null,
        scheduled ? duration(rule.queryPeriod()) : null,
        scheduled ? JsonText.quote(operator(rule).armName()) : null,
        scheduled ? rule.triggerThreshold() : 0,
        JsonText.quote("PT1H"),
        false,
        quoted(rule.tactics()),
        quoted(SentinelText.techniques(rule.relevantTechniques())),
        quoted(SentinelText.subTechniques(rule.relevantTechniques())),
        entityMappings(rule.entityMappings()),
        rule.customDetails().entrySet().stream()
            .map(e -> NameValue.of(e.getKey(), e.getValue()))
            .toList(),
        override(rule.alertDetailsOverride()),
        rule.eventGroupingSettings() == null
            ? null
            : JsonText.literal(rule.eventGroupingSettings().aggregationKind()),
        IncidentConfigurationView.defaults());
  }

  static List<String> quoted(List<String> values) {
    return values.stream().map(JsonText::literal).toList();
  }

  static List<EntityMappingView> entityMappings(List<EntityMapping> mappings) {
    return mappings.stream()
        .map(
            m ->
                new EntityMappingView(
                    JsonText.literal(m.entityType()),
                    m.fieldMappings().stream()
                        .map(f -> EntityMappingView.FieldMapping.of(f.identifier(), f.columnName()))
                        .toList()))
        .toList();
  }

  private static String duration(String yaml) {
    return JsonText.quote(
        SentinelDuration.toIso(
            SentinelDuration.parse(yaml)
                .orElseThrow(() -> new IllegalArgumentException("unvalidated duration " + yaml))));
  }

  private static TriggerOperator operator(AnalyticRule rule) {
    return rule.triggerOperatorValue()
        .orElseThrow(() -> new IllegalArgumentException("unvalidated operator"));
  }

  private static AlertDetailsOverrideView override(AlertDetailsOverride override) {
    if (override == null) {
      return null;
    }
    List<NameValue> fields = new ArrayList<>();
    addIfPresent(fields, "alertDisplayNameFormat", override.alertDisplayNameFormat());
    addIfPresent(fields, "alertDescriptionFormat", override.alertDescriptionFormat());
    addIfPresent(fields, "alertTacticsColumnName", override.alertTacticsColumnName());
    addIfPresent(fields, "alertSeverityColumnName", override.alertSeverityColumnName());
    List<NameValue> dynamic =
        override.alertDynamicProperties().stream()
            .map(
                p ->
                    new NameValue(JsonText.literal(p.alertProperty()), JsonText.literal(p.value())))
            .toList();
    return new AlertDetailsOverrideView(fields, dynamic);
  }

  private static void addIfPresent(List<NameValue> fields, String name, String value) {
    if (value != null) {
      fields.add(NameValue.of(name, value));
    }
  }
}
