package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.HashSet;
import java.util.Set;

/**
 * Logic Apps (sentinel-formats.md §4): a workflow definition with triggers and actions that
 * references only the connections bound in {@code $connections} and only declared workflow
 * parameters, and whose declared parameters all get a value.
 */
final class LogicAppShape implements ResourceShape {

  private static final String DEFINITION_SCHEMA =
      "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#";
  private static final Pattern PARAMETER = Pattern.compile("parameters\\('([^']*)'\\)");
  private static final Pattern CONNECTION =
      Pattern.compile("parameters\\('\\$connections'\\)\\['([^']*)'\\]");

  @Override
  public boolean describes(String type) {
    return type.equals("Microsoft.Logic/workflows");
  }

  @Override
  public void check(JsonNode resource, String pointer, ShapeFindings findings) {
    JsonNode properties = findings.require(resource, "properties", "object", pointer);
    if (properties == null) {
      return;
    }
    String at = pointer + "/properties";
    JsonNode definition = findings.require(properties, "definition", "object", at);
    if (definition == null) {
      return;
    }
    String definitionAt = at + "/definition";
    if (!DEFINITION_SCHEMA.equals(definition.path("$schema").asText())) {
      findings.add(
          ArmTemplateCheck.BAD_VALUE, definitionAt + "/$schema", "expected " + DEFINITION_SCHEMA);
    }
    JsonNode triggers = findings.require(definition, "triggers", "object", definitionAt);
    findings.require(definition, "actions", "object", definitionAt);
    if (triggers != null && triggers.isEmpty()) {
      findings.add(
          ArmTemplateCheck.MISSING_MEMBER,
          definitionAt + "/triggers",
          "a workflow needs a trigger");
    }
    Set<String> declared = new HashSet<>();
    definition.path("parameters").fieldNames().forEachRemaining(declared::add);
    Set<String> connections = new HashSet<>();
    properties
        .path("parameters")
        .path("$connections")
        .path("value")
        .fieldNames()
        .forEachRemaining(connections::add);
    for (String name : declared) {
      if (!properties.path("parameters").has(name)) {
        findings.add(
            ArmTemplateCheck.MISSING_MEMBER,
            at + "/parameters/" + name,
            "declared workflow parameter has no value");
      }
    }
    checkReferences(definition, definitionAt, declared, connections, findings);
  }

  private static void checkReferences(
      JsonNode node,
      String pointer,
      Set<String> declared,
      Set<String> connections,
      ShapeFindings findings) {
    if (node.isTextual()) {
      Matcher parameter = PARAMETER.matcher(node.textValue());
      while (parameter.find()) {
        if (!declared.contains(parameter.group(1))) {
          findings.add(
              ArmTemplateCheck.UNDECLARED_PARAMETER,
              pointer,
              "workflow parameter '" + parameter.group(1) + "' is not declared");
        }
      }
      Matcher connection = CONNECTION.matcher(node.textValue());
      while (connection.find()) {
        if (!connections.contains(connection.group(1))) {
          findings.add(
              ArmTemplateCheck.UNDECLARED_PARAMETER,
              pointer,
              "connection '" + connection.group(1) + "' is not bound in $connections");
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkReferences(node.get(i), pointer + "/" + i, declared, connections, findings);
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  checkReferences(
                      f.getValue(), pointer + "/" + f.getKey(), declared, connections, findings));
    }
  }
}
