package io.sentinelforge.eval.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON text ↔ {@code dynamic} values, with KQL's printing of nested typed scalars. */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  private Json() {}

  /** Compact JSON of a value as KQL prints dynamic values: {@code [1,"a",{"k":2.5}]}. */
  public static String write(Value value) {
    StringBuilder out = new StringBuilder();
    JsonWriter.write(value, out);
    return out.toString();
  }

  /** Parses JSON text into a dynamic value; empty when the text is not valid JSON. */
  public static Optional<Value> tryParse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(toValue(node));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** {@code parse_json}/{@code todynamic} of a string: invalid JSON stays a dynamic string. */
  public static Value parseOrString(String text) {
    return tryParse(text).orElseGet(() -> Values.of(text));
  }

  /** Converts a Jackson tree into KQL values (integers → long, other numbers → real). */
  public static Value toValue(JsonNode node) {
    if (node.isNull()) {
      return Values.NULL_DYNAMIC;
    }
    if (node.isBoolean()) {
      return Values.of(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? Values.of(node.longValue()) : Values.of(node.doubleValue());
    }
    if (node.isNumber()) {
      return Values.of(node.doubleValue());
    }
    if (node.isTextual()) {
      return Values.of(node.textValue());
    }
    if (node.isArray()) {
      List<Value> elements = new ArrayList<>(node.size());
      node.forEach(element -> elements.add(toValue(element)));
      return Values.array(elements);
    }
    Map<String, Value> properties = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      properties.put(field.getKey(), toValue(field.getValue()));
    }
    return Values.bag(properties);
  }
}
