package io.sentinelforge.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;

/**
 * Workbooks (sentinel-formats.md §3): {@code serializedData} parses as Notebook/1.0 JSON and every
 * item, also inside groups, has a known type with the content that type needs.
 */
final class WorkbookShape implements ResourceShape {

  /** 1 text, 3 query, 9 parameters, 10 metric, 11 links, 12 group. */
  private static final Set<Integer> ITEM_TYPES = Set.of(1, 3, 9, 10, 11, 12);

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean describes(String type) {
    return type.equals("Microsoft.Insights/workbooks");
  }

  @Override
  public void check(JsonNode resource, String pointer, ShapeFindings findings) {
    JsonNode properties = findings.require(resource, "properties", "object", pointer);
    if (properties == null) {
      return;
    }
    String at = pointer + "/properties";
    findings.requireText(properties, "displayName", at);
    findings.requireText(properties, "category", at);
    findings.requireText(properties, "sourceId", at);
    String data = findings.requireText(properties, "serializedData", at);
    if (data == null) {
      return;
    }
    JsonNode workbook;
    try {
      workbook = JSON.readTree(data);
    } catch (JsonProcessingException e) {
      findings.add(
          ArmTemplateCheck.INVALID_JSON,
          at + "/serializedData",
          "not JSON: " + e.getOriginalMessage());
      return;
    }
    if (!"Notebook/1.0".equals(workbook.path("version").asText())) {
      findings.add(
          ArmTemplateCheck.BAD_VALUE, at + "/serializedData", "version must be Notebook/1.0");
    }
    checkItems(workbook.path("items"), at + "/serializedData#/items", findings);
  }

  private static void checkItems(JsonNode items, String pointer, ShapeFindings findings) {
    if (!items.isArray()) {
      findings.add(ArmTemplateCheck.MISSING_MEMBER, pointer, "expected an array of items");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = pointer + "/" + i;
      int type = item.path("type").asInt(-1);
      if (!ITEM_TYPES.contains(type)) {
        findings.add(
            ArmTemplateCheck.BAD_VALUE,
            at + "/type",
            "unknown workbook item type " + item.path("type"));
        continue;
      }
      JsonNode content = item.path("content");
      switch (type) {
        case 1 -> findings.requireText(content, "json", at + "/content");
        case 3 -> {
          findings.requireText(content, "query", at + "/content");
          requireVersion(content, "KqlItem/1.0", at, findings);
        }
        case 9 -> requireVersion(content, "KqlParameterItem/1.0", at, findings);
        case 12 -> checkItems(content.path("items"), at + "/content/items", findings);
        default -> {}
      }
    }
  }

  private static void requireVersion(
      JsonNode content, String version, String at, ShapeFindings findings) {
    if (!version.equals(content.path("version").asText())) {
      findings.add(ArmTemplateCheck.BAD_VALUE, at + "/content/version", "expected " + version);
    }
  }
}
