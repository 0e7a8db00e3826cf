package io.sentinelforge.eval.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads JSON Lines (one object per line) or a JSON array of objects. Values are typed by the schema
 * when one is given (unknown columns are an error), else by {@link SchemaInference}.
 */
final class JsonLinesLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesLoader() {}

  static Table load(Reader reader, String file, List<ColumnSchema> schema)
      throws DataLoadException {
    List<Map<String, JsonNode>> rows = new ArrayList<>();
    RowsBuilder streaming = schema == null ? null : new RowsBuilder(schema, 1024);
    List<Integer> lines = new ArrayList<>();
    try (JsonParser parser = JSON.getFactory().createParser(reader)) {
      JsonToken token = parser.nextToken();
      boolean array = token == JsonToken.START_ARRAY;
      if (array) {
        token = parser.nextToken();
      }
      while (token != null && token != JsonToken.END_ARRAY) {
        int line = parser.currentLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          throw new DataLoadException(
              DataLoadException.MALFORMED,
              "expected a JSON object per row, found " + token,
              file,
              line,
              1);
        }
        JsonNode node = parser.readValueAsTree();
        if (streaming != null) {
          JsonRows.appendRow(streaming, fields(node), line, true, file);
        } else {
          rows.add(fields(node));
          lines.add(line);
        }
        token = parser.nextToken();
      }
    } catch (JsonProcessingException malformed) {
      int line = malformed.getLocation() == null ? 1 : malformed.getLocation().getLineNr();
      int column = malformed.getLocation() == null ? 1 : malformed.getLocation().getColumnNr();
      throw new DataLoadException(
          DataLoadException.MALFORMED,
          "malformed JSON: " + malformed.getOriginalMessage(),
          file,
          line,
          column);
    } catch (IOException unreadable) {
      throw new DataLoadException(
          DataLoadException.UNREADABLE, "cannot read: " + unreadable.getMessage(), file, 1, 1);
    }
    if (streaming != null) {
      return streaming.build();
    }
    return JsonRows.toTable(rows, lines, SchemaInference.infer(rows), false, file);
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.put(field.getKey(), field.getValue());
    }
    return fields;
  }
}
