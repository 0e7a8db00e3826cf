package io.sentinelforge.eval.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import java.math.BigDecimal;

/** Converts a JSON value into a cell of a column type. */
final class JsonCell {

  private JsonCell() {}

  /** The cell; throws IllegalArgumentException when the value does not fit the type. */
  static Object convert(JsonNode node, KqlType type) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return type == KqlType.STRING ? "" : null;
    }
    switch (type) {
      case STRING:
        return node.isTextual()
            ? node.textValue()
            : node.isValueNode() ? node.asText() : node.toString();
      case DYNAMIC:
        return node.isTextual() && looksLikeJson(node.textValue())
            ? CellParser.parseDynamic(node.textValue())
            : Json.toValue(node);
      case BOOL:
        return node.isBoolean() ? node.booleanValue() : CellParser.parse(text(node), type);
      case INT:
        return node.isIntegralNumber() ? node.intValue() : CellParser.parse(text(node), type);
      case LONG:
        return node.isIntegralNumber() ? node.longValue() : CellParser.parse(text(node), type);
      case REAL:
        return node.isNumber() ? node.doubleValue() : CellParser.parse(text(node), type);
      case DECIMAL:
        return node.isNumber() ? new BigDecimal(node.asText()) : CellParser.parse(text(node), type);
      default:
        return CellParser.parse(text(node), type);
    }
  }

  private static String text(JsonNode node) {
    if (node.isContainerNode()) {
      throw new IllegalArgumentException("expected a scalar, found " + node);
    }
    return node.asText();
  }

  private static boolean looksLikeJson(String text) {
    String trimmed = text.trim();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }
}
