package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads an automation rule from compact YAML, reporting every problem at its line. */
final class AutomationRuleBinder {

  static final List<String> OPERATORS =
      List.of(
          "Equals",
          "NotEquals",
          "Contains",
          "NotContains",
          "StartsWith",
          "NotStartsWith",
          "EndsWith",
          "NotEndsWith");
  static final List<String> SEVERITIES = List.of("Informational", "Low", "Medium", "High");
  static final List<String> STATUSES = List.of("New", "Active", "Closed");
  static final List<String> CLASSIFICATIONS =
      List.of("BenignPositive", "TruePositive", "FalsePositive", "Undetermined");
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "order",
          "enabled",
          "triggersOn",
          "triggersWhen",
          "expires",
          "conditions",
          "actions");
  private static final Set<String> CONDITION_KEYS = Set.of("property", "operator", "values");
  private static final Set<String> MODIFY_KEYS =
      Set.of("status", "classification", "reason", "comment");

  private final CompactReader reader;

  AutomationRuleBinder(CompactReader reader) {
    this.reader = reader;
  }

  AutomationRule bind(ContentSource source) {
    YamlMapping root = source.root();
    reader.knownKeys(root, KEYS);
    String id = reader.requireText(root, "id");
    reader.guid(root, id);
    int order = reader.integer(root, "order", 1);
    if (order < 1 || order > 1000) {
      reader.error(CompactCodes.INVALID_VALUE, "'order' must be 1–1000", source.span("order"));
    }
    return new AutomationRule(
        id,
        reader.requireText(root, "name"),
        order,
        reader.bool(root, "enabled", true),
        reader.oneOf(root, "triggersOn", List.of("Incidents", "Alerts"), true),
        reader.oneOf(root, "triggersWhen", List.of("Created", "Updated"), true),
        expires(root, source),
        conditions(root),
        actions(root),
        source);
  }

  private String expires(YamlMapping root, ContentSource source) {
    String text = reader.text(root, "expires");
    if (text != null) {
      try {
        java.time.Instant.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        reader.error(
            CompactCodes.INVALID_VALUE,
            "'expires' must be an ISO 8601 UTC time such as 2027-01-01T00:00:00Z",
            source.span("expires"));
      }
    }
    return text;
  }

  private List<AutomationCondition> conditions(YamlMapping root) {
    List<AutomationCondition> conditions = new ArrayList<>();
    for (YamlNode node : reader.items(root, "conditions")) {
      YamlMapping condition = reader.asMapping(node, "a condition");
      if (condition != null) {
        reader.knownKeys(condition, CONDITION_KEYS);
        conditions.add(
            new AutomationCondition(
                reader.requireText(condition, "property"),
                reader.oneOf(condition, "operator", OPERATORS, true),
                reader.texts(condition, "values")));
      }
    }
    return conditions;
  }

  private List<AutomationAction> actions(YamlMapping root) {
    List<AutomationAction> actions = new ArrayList<>();
    List<YamlNode> nodes = reader.items(root, "actions");
    if (nodes.isEmpty()) {
      reader.error(
          CompactCodes.MISSING_FIELD, "an automation rule needs at least one action", root.span());
    }
    for (YamlNode node : nodes) {
      YamlMapping action = reader.asMapping(node, "an action");
      if (action != null) {
        reader.knownKeys(
            action, Set.of("runPlaybook", "setStatus", "setSeverity", "setOwner", "addTags"));
        if (action.entries().size() != 1) {
          reader.error(
              CompactCodes.INVALID_VALUE, "each action has exactly one key", action.span());
        }
        action(action, actions);
      }
    }
    return actions;
  }

  private void action(YamlMapping action, List<AutomationAction> actions) {
    if (action.get("runPlaybook").isPresent()) {
      actions.add(new AutomationAction.RunPlaybook(reader.requireText(action, "runPlaybook")));
    } else if (action.get("setStatus").isPresent()) {
      YamlMapping status = reader.mapping(action, "setStatus", true);
      if (status != null) {
        reader.knownKeys(status, MODIFY_KEYS);
        actions.add(
            new AutomationAction.ModifyIncident(
                reader.oneOf(status, "status", STATUSES, true),
                reader.oneOf(status, "classification", CLASSIFICATIONS, false),
                reader.text(status, "reason"),
                reader.text(status, "comment"),
                null,
                null,
                List.of()));
      }
    } else if (action.get("setSeverity").isPresent()) {
      actions.add(modify(reader.oneOf(action, "setSeverity", SEVERITIES, true), null, List.of()));
    } else if (action.get("setOwner").isPresent()) {
      actions.add(modify(null, reader.requireText(action, "setOwner"), List.of()));
    } else if (action.get("addTags").isPresent()) {
      actions.add(modify(null, null, reader.texts(action, "addTags")));
    }
  }

  private static AutomationAction modify(String severity, String owner, List<String> labels) {
    return new AutomationAction.ModifyIncident(null, null, null, null, severity, owner, labels);
  }
}
