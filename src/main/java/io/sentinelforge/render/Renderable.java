package io.sentinelforge.render;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.HuntingQuery;
import io.sentinelforge.content.RuleKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields an item needs before it can be rendered at all. Validation reports these (and much
 * more) first; this guard keeps rendering total when it is called on unvalidated content.
 */
final class Renderable {

  private Renderable() {}

  /** The names of the missing or unusable fields of a rule; empty when it can be rendered. */
  static List<String> problems(AnalyticRule rule) {
    List<String> missing = new ArrayList<>();
    require(missing, "id", rule.id());
    require(missing, "name", rule.name());
    require(missing, "description", rule.description());
    require(missing, "severity", rule.severity());
    require(missing, "kind", rule.kind());
    require(missing, "query", rule.query());
    if (rule.kind() == RuleKind.SCHEDULED) {
      require(missing, "queryFrequency", rule.queryFrequencyDuration().orElse(null));
      require(missing, "queryPeriod", rule.queryPeriodDuration().orElse(null));
      require(missing, "triggerOperator", rule.triggerOperatorValue().orElse(null));
      require(missing, "triggerThreshold", rule.triggerThreshold());
    }
    return missing;
  }

  /** The names of the missing fields of a hunting query; empty when it can be rendered. */
  static List<String> problems(HuntingQuery query) {
    List<String> missing = new ArrayList<>();
    require(missing, "id", query.id());
    require(missing, "name", query.name());
    require(missing, "query", query.query());
    return missing;
  }

  private static void require(List<String> missing, String field, Object value) {
    if (value == null) {
      missing.add(field);
    }
  }
}
