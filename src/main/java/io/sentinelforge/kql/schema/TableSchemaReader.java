package io.sentinelforge.kql.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads table schemas from JSON in either form the team uses: the bare {@code tables.json} map
 * {@code {"Table": [{"name","type"}]}} or the analyzer form {@code {"tables": {...}}}.
 */
public final class TableSchemaReader {

  private TableSchemaReader() {}

  /**
   * The tables in the document; throws IllegalArgumentException describing the first problem when
   * the document has neither form.
   */
  public static List<TableSchema> read(JsonNode document) {
    JsonNode tables =
        document.has("tables") && document.get("tables").isObject()
            ? document.get("tables")
            : document;
    if (!tables.isObject()) {
      throw new IllegalArgumentException("expected a JSON object mapping table names to columns");
    }
    List<TableSchema> result = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = tables.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!entry.getValue().isArray()) {
        if (tables == document
            && (entry.getKey().equals("database") || entry.getKey().equals("functions"))) {
          continue;
        }
        throw new IllegalArgumentException(
            "table '" + entry.getKey() + "': expected an array of {\"name\", \"type\"} columns");
      }
      result.add(new TableSchema(entry.getKey(), columns(entry.getKey(), entry.getValue())));
    }
    return result;
  }

  private static List<Column> columns(String table, JsonNode array) {
    List<Column> columns = new ArrayList<>();
    for (JsonNode column : array) {
      String name = column.path("name").asText("");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("table '" + table + "': a column has no \"name\"");
      }
      columns.add(Column.of(name, column.path("type").asText("dynamic")));
    }
    return columns;
  }
}
