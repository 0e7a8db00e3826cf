package io.sentinelforge.render;

import java.util.List;

/**
 * What {@code arm.ftl}'s {@code automationRule} macro prints.
 *
 * @param resourceName the stable GUID (plain)
 * @param apiVersion quoted Microsoft.SecurityInsights API version
 * @param displayName quoted name
 * @param order run order
 * @param enabled whether it runs
 * @param expires quoted expiry, or null
 * @param triggersOn quoted Incidents/Alerts
 * @param triggersWhen quoted Created/Updated
 * @param conditions the conditions
 * @param actions the actions, numbered
 * @param dependsOn quoted resource ids of playbooks deployed in the same template
 */
public record AutomationRuleView(
    String resourceName,
    String apiVersion,
    String displayName,
    int order,
    boolean enabled,
    String expires,
    String triggersOn,
    String triggersWhen,
    List<Condition> conditions,
    List<Action> actions,
    List<String> dependsOn) {

  /** The same rule with {@code dependsOn} set (in the aggregate template). */
  public AutomationRuleView withDependsOn(List<String> resourceIds) {
    return new AutomationRuleView(
        resourceName,
        apiVersion,
        displayName,
        order,
        enabled,
        expires,
        triggersOn,
        triggersWhen,
        conditions,
        actions,
        List.copyOf(resourceIds));
  }

  /**
   * A property condition.
   *
   * @param propertyName quoted property
   * @param operator quoted operator
   * @param propertyValues quoted values
   */
  public record Condition(String propertyName, String operator, List<String> propertyValues) {}

  /**
   * An action.
   *
   * @param order 1-based position
   * @param actionType quoted RunPlaybook or ModifyProperties
   * @param configuration the {@code actionConfiguration} object as indented JSON text
   */
  public record Action(int order, String actionType, String configuration) {}
}
