package io.sentinelforge.eval.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns data into tables: JSON Lines ({@code .jsonl}, {@code .ndjson}), JSON arrays ({@code .json})
 * and CSV with a header ({@code .csv}) files, or inline rows. With a schema, values are typed by it
 * (unknown columns are an error, missing ones null); without, types are inferred.
 */
public final class TableLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TableLoader() {}

  /** Loads a file; {@code schema} may be null to infer types. */
  public static Table load(Path file, List<ColumnSchema> schema) throws DataLoadException {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean csv = lower.endsWith(".csv");
    if (!csv
        && !lower.endsWith(".jsonl")
        && !lower.endsWith(".json")
        && !lower.endsWith(".ndjson")) {
      throw new DataLoadException(
          DataLoadException.UNREADABLE,
          "unknown data format (use .jsonl, .json or .csv)",
          name,
          1,
          1);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return csv
          ? CsvLoader.load(reader, name, schema)
          : JsonLinesLoader.load(reader, name, schema);
    } catch (IOException unreadable) {
      throw new DataLoadException(
          DataLoadException.UNREADABLE, "cannot read: " + unreadable.getMessage(), name, 1, 1);
    }
  }

  /**
   * Types inline rows (maps from column name to a YAML/JSON-like value: String, Number, Boolean,
   * Map, List or null); {@code source} names them in messages and row numbers are 1-based.
   */
  public static Table fromRows(List<Map<String, ?>> rows, List<ColumnSchema> schema, String source)
      throws DataLoadException {
    List<Map<String, JsonNode>> jsonRows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Map<String, JsonNode> row = new LinkedHashMap<>();
      rows.get(r).forEach((name, value) -> row.put(name, JSON.valueToTree(value)));
      jsonRows.add(row);
      lines.add(r + 1);
    }
    List<ColumnSchema> effective = schema != null ? schema : SchemaInference.infer(jsonRows);
    return JsonRows.toTable(jsonRows, lines, effective, schema != null, source);
  }
}
