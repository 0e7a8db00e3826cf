package io.sentinelforge.kql.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Builds the built-in table resource: the Azure Monitor docs tables ({@code tables.json}) with the
 * columns that Sentinel's own validation schemas add ({@code sentinel_validation_supplement.json},
 * {@code extra_columns_not_in_docs}) appended; where the two disagree on a type the docs win. The
 * result has the form Microsoft's analyzer reads: {@code {"database", "tables", "functions"}}.
 */
public final class SchemaMerge {

  /** The database name the merged schema declares. */
  public static final String DATABASE = "SecurityInsights";

  private SchemaMerge() {}

  /** The merged schema document. */
  public static ObjectNode merge(JsonNode tables, JsonNode supplement) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("database", DATABASE);
    ObjectNode mergedTables = root.putObject("tables");
    Iterator<Map.Entry<String, JsonNode>> entries = tables.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      ArrayNode columns = mergedTables.putArray(entry.getKey());
      Set<String> names = new HashSet<>();
      for (JsonNode column : entry.getValue()) {
        columns.add(column.deepCopy());
        names.add(column.path("name").asText());
      }
      JsonNode extras = supplement.path(entry.getKey()).path("extra_columns_not_in_docs");
      for (JsonNode extra : extras) {
        if (names.add(extra.path("name").asText())) {
          columns.add(extra.deepCopy());
        }
      }
    }
    root.putObject("functions");
    return root;
  }

  /**
   * The merged document as committed: compact JSON with one table per line, so diffs stay small.
   */
  public static String render(ObjectNode merged) {
    StringBuilder text = new StringBuilder();
    text.append("{\"database\":").append(merged.get("database").toString()).append(",\"tables\":{");
    Iterator<Map.Entry<String, JsonNode>> entries = merged.get("tables").fields();
    String separator = "\n";
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      text.append(separator)
          .append(JsonNodeFactory.instance.textNode(entry.getKey()).toString())
          .append(':')
          .append(entry.getValue().toString());
      separator = ",\n";
    }
    return text.append("\n},\"functions\":{}}\n").toString();
  }
}
