package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree (a Logic App action, a workbook item) as indented text for a template slot:
 * two spaces per level, keys in their given order, every string value ARM-escaped.
 */
public final class JsonTreeWriter {

  private JsonTreeWriter() {}

  /** The tree as text whose first line starts at the slot and whose later lines are indented. */
  public static String write(JsonNode node, int indent) {
    StringBuilder out = new StringBuilder();
    append(out, node, indent);
    return out.toString();
  }

  private static void append(StringBuilder out, JsonNode node, int indent) {
    if (node.isObject()) {
      appendObject(out, node, indent);
    } else if (node.isArray()) {
      appendArray(out, node, indent);
    } else if (node instanceof ArmExpressionNode) {
      out.append(JsonText.expression(node.textValue()));
    } else if (node.isTextual()) {
      out.append(JsonText.literal(node.textValue()));
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else {
      // numbers and booleans: Jackson's own text is canonical JSON
      out.append(node.toString());
    }
  }

  private static void appendObject(StringBuilder out, JsonNode node, int indent) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      pad(out, indent + 2).append(JsonText.quote(field.getKey())).append(": ");
      append(out, field.getValue(), indent + 2);
      out.append(fields.hasNext() ? ",\n" : "\n");
    }
    pad(out, indent).append('}');
  }

  private static void appendArray(StringBuilder out, JsonNode node, int indent) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < node.size(); i++) {
      pad(out, indent + 2);
      append(out, node.get(i), indent + 2);
      out.append(i + 1 < node.size() ? ",\n" : "\n");
    }
    pad(out, indent).append(']');
  }

  private static StringBuilder pad(StringBuilder out, int indent) {
    return out.append(" ".repeat(indent));
  }
}
