package io.sentinelforge.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.Iterator;
import java.util.List;

/**
 * Parses a rendered file back and checks that it is a deployable ARM template: strict JSON, the
 * template members, every resource's type/apiVersion/name, declared parameters, and the shape of
 * each resource type we render.
 */
public final class ArmTemplateCheck {

  static final String INVALID_JSON = "RND001";
  static final String MISSING_MEMBER = "RND002";
  static final String UNDECLARED_PARAMETER = "RND003";
  static final String BAD_VALUE = "RND004";

  static final String SCHEMA =
      "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  private static final Pattern API_VERSION = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(-preview)?$");
  private static final Pattern PARAMETER_REFERENCE = Pattern.compile("parameters\\('([^']*)'\\)");

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final List<ResourceShape> shapes;

  private ArmTemplateCheck(List<ResourceShape> shapes) {
    this.shapes = shapes;
  }

  /** The check with the shapes of every resource type Sentinel Forge renders. */
  public static ArmTemplateCheck standard() {
    return new ArmTemplateCheck(
        List.of(
            new AlertRuleShape(),
            new SavedSearchShape(),
            new WorkbookShape(),
            new LogicAppShape(),
            new RoleAssignmentShape(),
            new AutomationRuleShape()));
  }

  /** Every problem of the file; empty when it is a valid template. */
  public List<Diagnostic> check(RenderedFile file) {
    JsonNode root;
    try {
      root = STRICT.readTree(file.text());
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      SourceSpan span =
          location == null
              ? SourceSpan.ofFile(file.path())
              : SourceSpan.at(file.path(), location.getLineNr(), location.getColumnNr());
      return List.of(
          Diagnostic.error(
              INVALID_JSON, "rendered output is not valid JSON: " + e.getOriginalMessage(), span));
    }
    ShapeFindings findings = new ShapeFindings(file.path());
    checkTemplate(root, findings);
    return findings.diagnostics();
  }

  private void checkTemplate(JsonNode root, ShapeFindings findings) {
    if (!root.isObject()) {
      findings.add(MISSING_MEMBER, "", "a template must be a JSON object");
      return;
    }
    String schema = findings.requireText(root, "$schema", "");
    if (schema != null && !schema.equals(SCHEMA)) {
      findings.add(BAD_VALUE, "/$schema", "expected " + SCHEMA);
    }
    findings.requireText(root, "contentVersion", "");
    JsonNode parameters = findings.require(root, "parameters", "object", "");
    if (parameters != null) {
      parameters
          .fields()
          .forEachRemaining(
              p -> findings.requireText(p.getValue(), "type", "/parameters/" + p.getKey()));
      checkParameterReferences(root, parameters, "", findings);
    }
    JsonNode resources = findings.require(root, "resources", "array", "");
    if (resources != null) {
      for (int i = 0; i < resources.size(); i++) {
        checkResource(resources.get(i), "/resources/" + i, findings);
      }
    }
  }

  private void checkResource(JsonNode resource, String pointer, ShapeFindings findings) {
    String type = findings.requireText(resource, "type", pointer);
    String apiVersion = findings.requireText(resource, "apiVersion", pointer);
    findings.requireText(resource, "name", pointer);
    if (apiVersion != null && !API_VERSION.matcher(apiVersion).matches()) {
      findings.add(BAD_VALUE, pointer + "/apiVersion", "expected yyyy-mm-dd, got " + apiVersion);
    }
    if (type == null) {
      return;
    }
    for (ResourceShape shape : shapes) {
      if (shape.describes(type)) {
        shape.check(resource, pointer, findings);
      }
    }
  }

  private static void checkParameterReferences(
      JsonNode node, JsonNode declared, String pointer, ShapeFindings findings) {
    if (node.isTextual() && JsonText.isArmExpression(node.textValue())) {
      Matcher matcher = PARAMETER_REFERENCE.matcher(node.textValue());
      while (matcher.find()) {
        if (!declared.has(matcher.group(1))) {
          findings.add(
              UNDECLARED_PARAMETER,
              pointer,
              "parameter '" + matcher.group(1) + "' is not declared");
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkParameterReferences(node.get(i), declared, pointer + "/" + i, findings);
      }
    } else if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        // a nested deployment's inner template declares its own parameters
        if (!name.equals("template")) {
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          checkParameterReferences(node.get(name), declared, child, findings);
        }
      }
    }
  }
}
