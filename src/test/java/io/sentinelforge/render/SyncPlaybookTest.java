package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.content.CompactContent;
import io.sentinelforge.content.CompactLoader;
import io.sentinelforge.content.Playbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped Defender for Cloud ↔ incident sync playbook, as rendered. */
class SyncPlaybookTest {

  private static final Path FILE =
      Path.of("content/playbooks/sync-defender-for-cloud-alerts-to-incidents.yaml");
  private static final String RESPONDER = "3e150937-b8fe-4cfb-8069-0eaf05ecd056";

  @Test
  void carriesTheThreeStatusMappingsAndTheResponderRole() throws Exception {
    CompactContent content = new CompactLoader().loadAll(List.of(FILE));
    assertEquals(List.of(), content.diagnostics());
    Playbook playbook = content.playbooks().get(0);
    RenderResult result =
        new ArmRenderer(TemplateEngine.create(null))
            .render(
                List.of(
                    new RenderJob(
                        "playbook.ftl",
                        Map.of("playbook", PlaybookViews.of(playbook, RenderSettings.defaults())),
                        "sync.json",
                        FILE.toString())));
    assertEquals(List.of(), result.diagnostics());
    JsonNode template = new ObjectMapper().readTree(result.files().get(0).text());

    JsonNode workflow = resource(template, "Microsoft.Logic/workflows").get(0);
    JsonNode definition = workflow.at("/properties/definition");
    assertEquals("Hour", definition.at("/triggers/Recurrence/recurrence/frequency").asText());
    assertEquals(1, definition.at("/triggers/Recurrence/recurrence/interval").asInt());
    assertEquals("SystemAssigned", workflow.at("/identity/type").asText());

    JsonNode cases =
        definition.at("/actions/For_each_incident/actions/Switch_on_alert_status/cases");
    assertIncidentUpdate(cases, "Dismissed", "Closed", "BenignPositive - SuspiciousButExpected");
    assertIncidentUpdate(cases, "Resolved", "Closed", "TruePositive - SuspiciousActivity");
    assertIncidentUpdate(cases, "InProgress", "Active", null);

    List<String> roles = new ArrayList<>();
    for (JsonNode assignment : resource(template, "Microsoft.Authorization/roleAssignments")) {
      roles.add(assignment.at("/properties/roleDefinitionId").asText());
      assertTrue(
          assignment.at("/properties/principalId").asText().contains("identity.principalId"));
    }
    assertTrue(roles.stream().anyMatch(r -> r.contains(RESPONDER)), roles::toString);
    for (JsonNode connection : resource(template, "Microsoft.Web/connections")) {
      assertEquals("Alternative", connection.at("/properties/parameterValueType").asText());
    }
  }

  private static void assertIncidentUpdate(
      JsonNode cases, String alertStatus, String incidentStatus, String classification) {
    JsonNode branch = cases.get(alertStatus);
    assertEquals(alertStatus, branch.get("case").asText());
    JsonNode body = branch.get("actions").elements().next().at("/inputs/body");
    assertEquals(incidentStatus, body.get("status").asText(), alertStatus);
    if (classification != null) {
      assertEquals(
          classification, body.at("/classification/ClassificationAndReason").asText(), alertStatus);
    }
    assertTrue(body.get("incidentArmId").asText().contains("IncidentName"));
  }

  private static List<JsonNode> resource(JsonNode template, String type) {
    List<JsonNode> found = new ArrayList<>();
    template
        .get("resources")
        .forEach(
            r -> {
              if (r.get("type").asText().equals(type)) {
                found.add(r);
              }
            });
    return found;
  }
}
