package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import java.util.Set;

/** Scheduled and NRT analytics rules (sentinel-formats.md §2.3). */
final class AlertRuleShape implements ResourceShape {

  private static final Set<String> SEVERITIES = Set.of("High", "Medium", "Low", "Informational");
  private static final Set<String> OPERATORS =
      Set.of("GreaterThan", "LessThan", "Equal", "NotEqual");
  private static final Pattern ISO_DURATION =
      Pattern.compile("^P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?$");

  @Override
  public boolean describes(String type) {
    return type.endsWith("/alertRules");
  }

  @Override
  public void check(JsonNode resource, String pointer, ShapeFindings findings) {
    String kind = findings.requireText(resource, "kind", pointer);
    JsonNode properties = findings.require(resource, "properties", "object", pointer);
    if (kind == null || properties == null) {
      return;
    }
    String at = pointer + "/properties";
    findings.requireText(properties, "displayName", at);
    findings.requireText(properties, "query", at);
    findings.require(properties, "enabled", "boolean", at);
    findings.require(properties, "suppressionEnabled", "boolean", at);
    findings.requireText(properties, "suppressionDuration", at);
    String severity = findings.requireText(properties, "severity", at);
    if (severity != null && !SEVERITIES.contains(severity)) {
      findings.add(ArmTemplateCheck.BAD_VALUE, at + "/severity", "unknown severity " + severity);
    }
    switch (kind) {
      case "Scheduled" -> checkSchedule(properties, at, findings);
      case "NRT" -> {
        if (properties.has("queryFrequency") || properties.has("triggerOperator")) {
          findings.add(ArmTemplateCheck.BAD_VALUE, at, "an NRT rule has no schedule or trigger");
        }
      }
      default ->
          findings.add(ArmTemplateCheck.BAD_VALUE, pointer + "/kind", "expected Scheduled or NRT");
    }
  }

  private static void checkSchedule(JsonNode properties, String at, ShapeFindings findings) {
    for (String duration : new String[] {"queryFrequency", "queryPeriod"}) {
      String value = findings.requireText(properties, duration, at);
      if (value != null && !ISO_DURATION.matcher(value).matches()) {
        findings.add(
            ArmTemplateCheck.BAD_VALUE, at + "/" + duration, "expected an ISO 8601 duration");
      }
    }
    String operator = findings.requireText(properties, "triggerOperator", at);
    if (operator != null && !OPERATORS.contains(operator)) {
      findings.add(
          ArmTemplateCheck.BAD_VALUE, at + "/triggerOperator", "unknown operator " + operator);
    }
    findings.require(properties, "triggerThreshold", "number", at);
  }
}
