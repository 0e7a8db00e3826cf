package io.sentinelforge.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.content.SentinelDuration;
import io.sentinelforge.content.WorkbookParameter;
import java.time.Duration;
import java.util.List;

/**
 * One workbook parameter as the workbook JSON writes it (type 4 time range, 2 drop-down, 1 text).
 */
final class WorkbookParameters {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> TIME_CHOICES =
      List.of("1h", "4h", "12h", "24h", "2d", "3d", "7d", "14d", "30d", "90d");

  private WorkbookParameters() {}

  static ObjectNode of(String workbookId, WorkbookParameter parameter, String timeParameter) {
    ObjectNode json = NODES.objectNode();
    json.put("id", StableGuid.of("workbook-parameter", workbookId + "/" + parameter.name()));
    json.put("version", "KqlParameterItem/1.0");
    json.put("name", parameter.name());
    json.put("label", parameter.label() != null ? parameter.label() : parameter.name());
    switch (parameter.type()) {
      case "timeRange" -> timeRange(json, parameter);
      case "dropdown" -> dropdown(json, parameter, timeParameter);
      default -> text(json, parameter);
    }
    return json;
  }

  private static void timeRange(ObjectNode json, WorkbookParameter parameter) {
    json.put("type", 4);
    json.put("isRequired", true);
    String initial = parameter.defaultValue() != null ? parameter.defaultValue() : "24h";
    json.putObject("value").put("durationMs", millis(initial));
    ObjectNode settings = json.putObject("typeSettings");
    ArrayNode choices = settings.putArray("selectableValues");
    for (String choice : TIME_CHOICES) {
      choices.addObject().put("durationMs", millis(choice));
    }
    settings.put("allowCustom", true);
  }

  private static void dropdown(ObjectNode json, WorkbookParameter parameter, String timeParameter) {
    json.put("type", 2);
    json.put("isRequired", true);
    json.put("multiSelect", parameter.multiSelect());
    if (parameter.multiSelect()) {
      json.put("quote", "'");
      json.put("delimiter", ",");
    }
    if (parameter.query() != null) {
      json.put("query", parameter.query().text());
      json.put("queryType", 0);
      json.put("resourceType", WorkbookData.LOG_ANALYTICS);
      if (timeParameter != null) {
        json.put("timeContextFromParameter", timeParameter);
      }
    } else {
      ArrayNode values = NODES.arrayNode();
      for (String value : parameter.values()) {
        values.addObject().put("value", value).put("label", value);
      }
      json.put("jsonData", values.toString());
    }
    ObjectNode settings = json.putObject("typeSettings");
    settings.put("showDefault", false);
    if (parameter.includeAll()) {
      settings.putArray("additionalResourceOptions").add("value::all");
      json.put("value", "value::all");
    } else if (parameter.defaultValue() != null) {
      json.put("value", parameter.defaultValue());
    }
  }

  private static void text(ObjectNode json, WorkbookParameter parameter) {
    json.put("type", 1);
    json.put("isRequired", false);
    json.put("value", parameter.defaultValue() != null ? parameter.defaultValue() : "");
  }

  private static long millis(String duration) {
    return SentinelDuration.parse(duration).map(Duration::toMillis).orElseThrow();
  }
}
