package io.sentinelforge.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.eval.load.DataLoadException;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.schema.TableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table schemas for loading data: a schema file, or the built-in catalogue. */
final class SchemaFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaFiles() {}

  /** Reads {@code {"tables": {Name: {Column: type, …}, …}}}. */
  static Map<String, List<ColumnSchema>> read(Path file) throws DataLoadException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException bad) {
      throw new DataLoadException(
          DataLoadException.MALFORMED,
          "cannot read schema: " + bad.getMessage(),
          file.toString(),
          1,
          1);
    }
    Map<String, List<ColumnSchema>> schemas = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> tables = root.path("tables").fields();
        tables.hasNext(); ) {
      Map.Entry<String, JsonNode> table = tables.next();
      List<ColumnSchema> columns = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = table.getValue().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> column = it.next();
        KqlType type = KqlType.fromName(column.getValue().asText()).orElse(null);
        if (type == null) {
          throw new DataLoadException(
              DataLoadException.MALFORMED,
              "unknown type '"
                  + column.getValue().asText()
                  + "' for "
                  + table.getKey()
                  + "."
                  + column.getKey(),
              file.toString(),
              1,
              1);
        }
        columns.add(new ColumnSchema(column.getKey(), type));
      }
      schemas.put(table.getKey(), columns);
    }
    return schemas;
  }

  /** The built-in schema of a table, or null (types are then inferred from the data). */
  static List<ColumnSchema> builtIn(String table) {
    TableSchema schema = SchemaCatalog.builtIn().table(table).orElse(null);
    if (schema == null) {
      return null;
    }
    List<ColumnSchema> columns = new ArrayList<>();
    for (io.sentinelforge.kql.schema.Column column : schema.columns()) {
      KqlType type = KqlType.fromName(column.type().kqlName()).orElse(KqlType.DYNAMIC);
      columns.add(new ColumnSchema(column.name(), type));
    }
    return columns;
  }
}
