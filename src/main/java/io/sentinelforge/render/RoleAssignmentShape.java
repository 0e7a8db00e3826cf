package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Role assignments and the nested subscription-scope deployments that carry them: a role definition
 * and a principal, and for nested deployments a template with resources.
 */
final class RoleAssignmentShape implements ResourceShape {

  @Override
  public boolean describes(String type) {
    return type.equals("Microsoft.Authorization/roleAssignments")
        || type.equals("Microsoft.Resources/deployments");
  }

  @Override
  public void check(JsonNode resource, String pointer, ShapeFindings findings) {
    JsonNode properties = findings.require(resource, "properties", "object", pointer);
    if (properties == null) {
      return;
    }
    String at = pointer + "/properties";
    if (resource.path("type").asText().equals("Microsoft.Resources/deployments")) {
      findings.requireText(properties, "mode", at);
      JsonNode template = findings.require(properties, "template", "object", at);
      if (template != null) {
        JsonNode resources = findings.require(template, "resources", "array", at + "/template");
        for (int i = 0; resources != null && i < resources.size(); i++) {
          check(resources.get(i), at + "/template/resources/" + i, findings);
        }
      }
      return;
    }
    findings.requireText(properties, "roleDefinitionId", at);
    findings.requireText(properties, "principalId", at);
  }
}
