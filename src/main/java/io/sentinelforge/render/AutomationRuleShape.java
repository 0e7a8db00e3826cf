package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;

/** Automation rules (sentinel-formats.md §5): trigger logic and at least one complete action. */
final class AutomationRuleShape implements ResourceShape {

  @Override
  public boolean describes(String type) {
    return type.endsWith("/automationRules");
  }

  @Override
  public void check(JsonNode resource, String pointer, ShapeFindings findings) {
    JsonNode properties = findings.require(resource, "properties", "object", pointer);
    if (properties == null) {
      return;
    }
    String at = pointer + "/properties";
    findings.requireText(properties, "displayName", at);
    findings.require(properties, "order", "number", at);
    JsonNode logic = findings.require(properties, "triggeringLogic", "object", at);
    if (logic != null) {
      findings.require(logic, "isEnabled", "boolean", at + "/triggeringLogic");
      findings.requireText(logic, "triggersOn", at + "/triggeringLogic");
      findings.requireText(logic, "triggersWhen", at + "/triggeringLogic");
    }
    JsonNode actions = findings.require(properties, "actions", "array", at);
    if (actions == null) {
      return;
    }
    if (actions.isEmpty()) {
      findings.add(
          ArmTemplateCheck.MISSING_MEMBER, at + "/actions", "an automation rule needs an action");
    }
    for (int i = 0; i < actions.size(); i++) {
      String actionAt = at + "/actions/" + i;
      findings.require(actions.get(i), "order", "number", actionAt);
      String type = findings.requireText(actions.get(i), "actionType", actionAt);
      JsonNode configuration =
          findings.require(actions.get(i), "actionConfiguration", "object", actionAt);
      if ("RunPlaybook".equals(type) && configuration != null) {
        findings.requireText(
            configuration, "logicAppResourceId", actionAt + "/actionConfiguration");
        findings.requireText(configuration, "tenantId", actionAt + "/actionConfiguration");
      }
    }
  }
}
