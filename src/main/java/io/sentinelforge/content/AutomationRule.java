package io.sentinelforge.content;

import java.util.List;

/**
 * A Sentinel automation rule in Sentinel Forge's compact YAML ({@code content/automation-rules/}).
 *
 * @param id GUID the resource name derives from
 * @param name display name
 * @param order run order among automation rules (1–1000)
 * @param enabled whether the rule runs
 * @param triggersOn {@code Incidents} or {@code Alerts}
 * @param triggersWhen {@code Created} or {@code Updated}
 * @param expires expiry as an ISO 8601 UTC timestamp, or null
 * @param conditions all must hold
 * @param actions run in list order
 * @param source the file
 */
public record AutomationRule(
    String id,
    String name,
    int order,
    boolean enabled,
    String triggersOn,
    String triggersWhen,
    String expires,
    List<AutomationCondition> conditions,
    List<AutomationAction> actions,
    ContentSource source) {

  /** Copies the lists. */
  public AutomationRule {
    conditions = List.copyOf(conditions);
    actions = List.copyOf(actions);
  }
}
