package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.content.Playbook;
import io.sentinelforge.content.PlaybookTrigger;
import io.sentinelforge.content.RoleGrant;
import java.util.Map;

/** Maps a validated playbook to its view (sentinel-formats.md §4). */
public final class PlaybookViews {

  /** Indent of the definition's members inside the resource macro. */
  private static final int DEFINITION_INDENT = 10;

  private static final Map<String, String> PARAMETER_VALUES =
      Map.of(
          "workspace", "[parameters('workspace')]",
          "workspaceId",
              "[reference(resourceId('Microsoft.OperationalInsights/workspaces',"
                  + " parameters('workspace')), '2022-10-01').customerId]",
          "subscriptionId", "[subscription().subscriptionId]",
          "resourceGroup", "[resourceGroup().name]",
          "location", "[parameters('location')]",
          "tenantId", "[subscription().tenantId]");

  private PlaybookViews() {}

  /** The view of a validated playbook. */
  public static PlaybookView of(Playbook playbook, RenderSettings settings) {
    return new PlaybookView(
        playbook.name(),
        JsonText.literal(playbook.name()),
        JsonText.literal(playbook.description()),
        JsonText.quote(settings.logicAppsApiVersion()),
        JsonText.quote(settings.connectionsApiVersion()),
        JsonText.quote(playbook.enabled() ? "Enabled" : "Disabled"),
        playbook.connections().stream()
            .map(api -> new PlaybookView.Connection(api + "-" + playbook.name(), api))
            .toList(),
        playbook.parameters().entrySet().stream()
            .map(
                p ->
                    new PlaybookView.Parameter(
                        JsonText.quote(p.getKey()),
                        JsonText.expression(PARAMETER_VALUES.get(p.getValue()))))
            .toList(),
        JsonTreeWriter.write(triggers(playbook.trigger()), DEFINITION_INDENT),
        JsonTreeWriter.write(YamlJson.of(playbook.actions()), DEFINITION_INDENT),
        playbook.roles().stream().map(role -> role(playbook, role)).toList(),
        JsonText.expression(
            "[reference(resourceId('Microsoft.Logic/workflows', '"
                + playbook.name()
                + "'), '"
                + settings.logicAppsApiVersion()
                + "', 'full').identity.principalId]"));
  }

  private static PlaybookView.Role role(Playbook playbook, RoleGrant grant) {
    boolean subscription = grant.scope().equals("subscription");
    String seed = playbook.id() + "/" + grant.roleDefinitionId();
    String deployment =
        "roles-" + StableGuid.of("role-deployment", seed).substring(0, 8) + "-" + playbook.name();
    return new PlaybookView.Role(
        JsonText.literal(grant.role()),
        grant.roleDefinitionId(),
        subscription,
        deployment.length() > 64 ? deployment.substring(0, 64) : deployment,
        seed);
  }

  static JsonNode triggers(PlaybookTrigger trigger) {
    ObjectNode triggers = JsonNodeFactory.instance.objectNode();
    switch (trigger.kind()) {
      case "incident" ->
          sentinelWebhook(triggers, "Microsoft_Sentinel_incident", "/incident-creation");
      case "alert" -> sentinelWebhook(triggers, "Microsoft_Sentinel_alert", "/subscribe");
      default -> {
        ObjectNode recurrence = triggers.putObject("Recurrence");
        recurrence.put("type", "Recurrence");
        recurrence
            .putObject("recurrence")
            .put("frequency", trigger.frequency())
            .put("interval", trigger.interval());
      }
    }
    return triggers;
  }

  private static void sentinelWebhook(ObjectNode triggers, String name, String path) {
    ObjectNode inputs =
        triggers.putObject(name).put("type", "ApiConnectionWebhook").putObject("inputs");
    inputs.putObject("body").put("callback_url", "@{listCallbackUrl()}");
    inputs.set("host", YamlJson.connectionHost("azuresentinel"));
    inputs.put("path", path);
  }
}
