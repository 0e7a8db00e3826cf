package io.sentinelforge.app;

import io.sentinelforge.content.AlertDetailsOverride;
import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.EntityMapping;
import io.sentinelforge.content.FieldMapping;
import io.sentinelforge.content.HuntingQuery;
import io.sentinelforge.verify.AggregationKind;
import io.sentinelforge.verify.AlertDetailsOverrideSpec;
import io.sentinelforge.verify.EntityMappingSpec;
import io.sentinelforge.verify.RuleKind;
import io.sentinelforge.verify.RuleUnderTest;
import io.sentinelforge.verify.TriggerOperator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps loaded content to what rule tests need; a rule that cannot be simulated (no query, no kind,
 * no valid query period) gives a problem text instead.
 */
final class RuleSubjects {

  private RuleSubjects() {}

  /** A rule ready to simulate, or why it cannot be (then {@code rule} is null). */
  record Mapped(RuleUnderTest rule, String problem) {}

  static Mapped of(ContentItem item) {
    if (item.query() == null) {
      return new Mapped(null, item.source().file() + " has no query");
    }
    if (item instanceof HuntingQuery) {
      return new Mapped(hunting((HuntingQuery) item), null);
    }
    return analyticRule((AnalyticRule) item);
  }

  private static RuleUnderTest hunting(HuntingQuery query) {
    return new RuleUnderTest(
        query.source().file(),
        text(query.name()),
        query.description(),
        RuleKind.HUNTING,
        query.query().text(),
        null,
        null,
        0,
        AggregationKind.ALERT_PER_RESULT,
        null,
        query.tactics(),
        entities(query.entityMappings()),
        query.customDetails(),
        null);
  }

  private static Mapped analyticRule(AnalyticRule rule) {
    if (rule.kind() == null) {
      return new Mapped(null, rule.source().file() + " has no valid kind (Scheduled or NRT)");
    }
    boolean nrt = rule.kind() == io.sentinelforge.content.RuleKind.NRT;
    Duration period = rule.queryPeriodDuration().orElse(null);
    if (!nrt && period == null) {
      return new Mapped(null, rule.source().file() + " has no valid queryPeriod");
    }
    TriggerOperator operator =
        rule.triggerOperatorValue()
            .flatMap(op -> TriggerOperator.parse(op.shortName()))
            .orElse(TriggerOperator.GREATER_THAN);
    int threshold = rule.triggerThreshold() == null ? 0 : rule.triggerThreshold();
    AggregationKind aggregation =
        rule.eventGrouping().alertPerResult()
            ? AggregationKind.ALERT_PER_RESULT
            : AggregationKind.SINGLE_ALERT;
    return new Mapped(
        new RuleUnderTest(
            rule.source().file(),
            text(rule.name()),
            rule.description(),
            nrt ? RuleKind.NRT : RuleKind.SCHEDULED,
            rule.query().text(),
            nrt ? null : period,
            nrt ? null : operator,
            threshold,
            aggregation,
            rule.severity(),
            rule.tactics(),
            entities(rule.entityMappings()),
            rule.customDetails(),
            override(rule.alertDetailsOverride())),
        null);
  }

  private static List<EntityMappingSpec> entities(List<EntityMapping> mappings) {
    List<EntityMappingSpec> specs = new ArrayList<>();
    for (EntityMapping mapping : mappings) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (FieldMapping field : mapping.fieldMappings()) {
        if (field.identifier() != null && field.columnName() != null) {
          columns.put(field.identifier(), field.columnName());
        }
      }
      specs.add(new EntityMappingSpec(mapping.entityType(), columns));
    }
    return specs;
  }

  private static AlertDetailsOverrideSpec override(AlertDetailsOverride override) {
    if (override == null) {
      return AlertDetailsOverrideSpec.NONE;
    }
    return new AlertDetailsOverrideSpec(
        override.alertDisplayNameFormat(),
        override.alertDescriptionFormat(),
        override.alertSeverityColumnName(),
        override.alertTacticsColumnName());
  }

  private static String text(String name) {
    return name == null ? "(no name)" : name;
  }
}
