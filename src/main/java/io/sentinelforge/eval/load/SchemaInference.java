package io.sentinelforge.eval.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.value.KqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses column types for data without a schema: bool, long, real, datetime (ISO text), dynamic
 * (objects/arrays or mixed kinds), otherwise string. Column order is first appearance.
 */
final class SchemaInference {

  private SchemaInference() {}

  static List<ColumnSchema> infer(List<? extends Map<String, JsonNode>> rows) {
    Map<String, KqlType> types = new LinkedHashMap<>();
    for (Map<String, JsonNode> row : rows) {
      for (Map.Entry<String, JsonNode> cell : row.entrySet()) {
        KqlType seen = typeOf(cell.getValue());
        String name = cell.getKey();
        types.put(name, types.containsKey(name) ? widen(types.get(name), seen) : seen);
      }
    }
    List<ColumnSchema> schema = new ArrayList<>();
    types.forEach(
        (name, type) -> schema.add(new ColumnSchema(name, type == null ? KqlType.STRING : type)));
    return schema;
  }

  /** The type a single value suggests; null for JSON null (no evidence). */
  private static KqlType typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isContainerNode()) {
      return KqlType.DYNAMIC;
    }
    if (node.isBoolean()) {
      return KqlType.BOOL;
    }
    if (node.isIntegralNumber()) {
      return KqlType.LONG;
    }
    if (node.isNumber()) {
      return KqlType.REAL;
    }
    return FastIsoDatetime.parse(node.asText().trim()) != Long.MIN_VALUE
        ? KqlType.DATETIME
        : KqlType.STRING;
  }

  private static KqlType widen(KqlType a, KqlType b) {
    if (a == null) {
      return b;
    }
    if (b == null || a == b) {
      return a;
    }
    if ((a == KqlType.LONG && b == KqlType.REAL) || (a == KqlType.REAL && b == KqlType.LONG)) {
      return KqlType.REAL;
    }
    if (a == KqlType.DYNAMIC || b == KqlType.DYNAMIC) {
      return KqlType.DYNAMIC;
    }
    return KqlType.STRING;
  }
}
