package io.sentinelforge.verify.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts Jackson JSON trees to plain Java values (String, Long, Double, Boolean, List, Map). */
final class JsonValues {

  private JsonValues() {}

  static Map<String, Object> objectToMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(entry -> map.put(entry.getKey(), plain(entry.getValue())));
    return map;
  }

  static Object plain(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      return objectToMap(node);
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(plain(item)));
      return items;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.asText();
  }
}
