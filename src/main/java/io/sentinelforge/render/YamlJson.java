package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns YAML written in the Logic Apps workflow definition language into its JSON, keeping key
 * order, and expands the one shorthand we offer: {@code host: {connection: azuresentinel}}.
 */
final class YamlJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlJson() {}

  static JsonNode of(YamlNode node) {
    if (node instanceof YamlMapping mapping) {
      ObjectNode object = NODES.objectNode();
      for (YamlEntry entry : mapping.entries()) {
        object.set(entry.name(), of(entry.value()));
      }
      expandHost(object);
      return object;
    }
    if (node instanceof YamlSequence sequence) {
      ArrayNode array = NODES.arrayNode();
      sequence.items().forEach(item -> array.add(of(item)));
      return array;
    }
    return scalar((YamlScalar) node);
  }

  /** The host object a managed-API action needs, for its connection's name. */
  static ObjectNode connectionHost(String connection) {
    ObjectNode host = NODES.objectNode();
    host.putObject("connection")
        .put("name", "@parameters('$connections')['" + connection + "']['connectionId']");
    return host;
  }

  private static void expandHost(ObjectNode object) {
    JsonNode host = object.get("host");
    if (host != null && host.isObject() && host.path("connection").isTextual()) {
      object.set("host", connectionHost(host.get("connection").textValue()));
    }
  }

  private static JsonNode scalar(YamlScalar scalar) {
    String text = scalar.value().trim();
    try {
      return typed(scalar, text);
    } catch (NumberFormatException unusualSpelling) {
      // YAML 1.1 spellings such as 0x1F or 1_000 stay text rather than guess
      return NODES.textNode(scalar.value());
    }
  }

  private static JsonNode typed(YamlScalar scalar, String text) {
    switch (scalar.type()) {
      case NULL:
        return NODES.nullNode();
      case BOOLEAN:
        return NODES.booleanNode(text.equalsIgnoreCase("true"));
      case INTEGER:
        return NODES.numberNode(new BigInteger(text));
      case FLOAT:
        return NODES.numberNode(new BigDecimal(text));
      default:
        return NODES.textNode(scalar.value());
    }
  }
}
