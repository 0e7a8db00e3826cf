package io.sentinelforge.content.check;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.FileRole;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Required fields (rules 1–3): every item needs id, name, description and query; analytics rules
 * also severity and kind, and Scheduled rules the data connectors, schedule and trigger.
 */
public final class RequiredFieldCheck implements FileCheck {

  private static final List<String> COMMON = List.of("id", "name", "description", "query");
  private static final List<String> RULE = List.of("severity", "kind");
  private static final List<String> SCHEDULED =
      List.of(
          "requiredDataConnectors",
          "queryFrequency",
          "queryPeriod",
          "triggerOperator",
          "triggerThreshold");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.role() != FileRole.ANALYTIC_RULE && target.role() != FileRole.HUNTING_QUERY) {
      return;
    }
    List<String> required = new ArrayList<>(COMMON);
    Optional<AnalyticRule> rule = target.rule();
    if (rule.isPresent()) {
      required.addAll(RULE);
      if (rule.get().kind() != RuleKind.NRT) {
        required.addAll(SCHEDULED);
      }
    }
    YamlMapping root = target.source().root();
    for (String key : required) {
      if (isMissing(root.get(key))) {
        String what = root.get(key).isPresent() ? "is empty" : "is missing";
        String why =
            SCHEDULED.contains(key)
                ? " (required for Scheduled rules)"
                : key.equals("kind") ? " (add 'kind: Scheduled' or 'kind: NRT')" : "";
        findings.error(
            ContentCodes.MISSING_FIELD,
            "required field '" + key + "' " + what + why,
            root.get(key).map(YamlNode::span).orElse(firstKey(target)));
      }
    }
  }

  private static boolean isMissing(Optional<YamlNode> value) {
    if (value.isEmpty()) {
      return true;
    }
    YamlNode node = value.get();
    if (node instanceof YamlScalar scalar) {
      return scalar.isNull() || scalar.value().isBlank();
    }
    return node instanceof YamlSequence sequence && sequence.items().isEmpty();
  }

  private static io.sentinelforge.diag.SourceSpan firstKey(CheckTarget target) {
    return target.source().root().entries().isEmpty()
        ? target.source().root().span()
        : target.source().root().entries().get(0).key().span();
  }
}
