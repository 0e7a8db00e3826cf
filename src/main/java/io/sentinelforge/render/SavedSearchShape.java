package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;

/** Hunting queries as Log Analytics saved searches in the "Hunting Queries" category. */
final class SavedSearchShape implements ResourceShape {

  @Override
  public boolean describes(String type) {
    return type.equals("Microsoft.OperationalInsights/workspaces/savedSearches");
  }

  @Override
  public void check(JsonNode resource, String pointer, ShapeFindings findings) {
    JsonNode properties = findings.require(resource, "properties", "object", pointer);
    if (properties == null) {
      return;
    }
    String at = pointer + "/properties";
    findings.requireText(properties, "category", at);
    findings.requireText(properties, "displayName", at);
    findings.requireText(properties, "query", at);
    JsonNode tags = properties.get("tags");
    if (tags != null) {
      for (int i = 0; i < tags.size(); i++) {
        findings.requireText(tags.get(i), "name", at + "/tags/" + i);
        findings.requireText(tags.get(i), "value", at + "/tags/" + i);
      }
    }
  }
}
