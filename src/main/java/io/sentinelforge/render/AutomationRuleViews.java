package io.sentinelforge.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.content.AutomationAction;
import io.sentinelforge.content.AutomationRule;
import java.util.ArrayList;
import java.util.List;

/** Maps a validated automation rule to its view (sentinel-formats.md §5). */
public final class AutomationRuleViews {

  /** Indent of {@code actionConfiguration} inside the resource macro. */
  private static final int CONFIGURATION_INDENT = 12;

  private AutomationRuleViews() {}

  /** The view, without dependencies (a standalone template). */
  public static AutomationRuleView of(AutomationRule rule, RenderSettings settings) {
    List<AutomationRuleView.Action> actions = new ArrayList<>();
    for (AutomationAction action : rule.actions()) {
      ObjectNode configuration = action.accept(new Configuration());
      actions.add(
          new AutomationRuleView.Action(
              actions.size() + 1,
              JsonText.quote(action.accept(new ActionType())),
              JsonTreeWriter.write(configuration, CONFIGURATION_INDENT)));
    }
    return new AutomationRuleView(
        StableGuid.of("automation-rule", rule.id()),
        JsonText.quote(settings.securityInsightsApiVersion()),
        JsonText.literal(rule.name()),
        rule.order(),
        rule.enabled(),
        rule.expires() == null ? null : JsonText.literal(rule.expires()),
        JsonText.quote(rule.triggersOn()),
        JsonText.quote(rule.triggersWhen()),
        rule.conditions().stream()
            .map(
                c ->
                    new AutomationRuleView.Condition(
                        JsonText.literal(c.property()),
                        JsonText.quote(c.operator()),
                        c.values().stream().map(JsonText::literal).toList()))
            .toList(),
        actions,
        List.of());
  }

  /** The ARM resource id expression of a playbook's Logic App. */
  public static String workflowId(String playbook) {
    return "[resourceId('Microsoft.Logic/workflows', '" + playbook.replace("'", "''") + "')]";
  }

  private static final class ActionType implements AutomationAction.Visitor<String> {
    @Override
    public String visitRunPlaybook(AutomationAction.RunPlaybook action) {
      return "RunPlaybook";
    }

    @Override
    public String visitModifyIncident(AutomationAction.ModifyIncident action) {
      return "ModifyProperties";
    }
  }

  private static final class Configuration implements AutomationAction.Visitor<ObjectNode> {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    @Override
    public ObjectNode visitRunPlaybook(AutomationAction.RunPlaybook action) {
      ObjectNode configuration = nodes.objectNode();
      configuration.set("logicAppResourceId", new ArmExpressionNode(workflowId(action.playbook())));
      configuration.set("tenantId", new ArmExpressionNode("[subscription().tenantId]"));
      return configuration;
    }

    @Override
    public ObjectNode visitModifyIncident(AutomationAction.ModifyIncident action) {
      ObjectNode configuration = nodes.objectNode();
      putIfPresent(configuration, "status", action.status());
      putIfPresent(configuration, "classification", action.classification());
      putIfPresent(configuration, "classificationReason", action.classificationReason());
      putIfPresent(configuration, "classificationComment", action.classificationComment());
      putIfPresent(configuration, "severity", action.severity());
      if (action.ownerObjectId() != null) {
        configuration.putObject("owner").put("objectId", action.ownerObjectId());
      }
      if (!action.labels().isEmpty()) {
        var labels = configuration.putArray("labels");
        action.labels().forEach(label -> labels.addObject().put("labelName", label));
      }
      return configuration;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
      if (value != null) {
        node.put(name, value);
      }
    }
  }
}
