package io.sentinelforge.verify.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads sample rows written inline in the test file or in a {@code .jsonl}, {@code .json} (an array
 * of objects) or {@code .csv} (header row) file next to it.
 */
final class SampleDataReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final NodeReader reader;
  private final Path folder;
  private final CellReader cells;

  SampleDataReader(NodeReader reader, Path folder) {
    this.reader = reader;
    this.folder = folder;
    this.cells = new CellReader(reader);
  }

  /** The rows of {@code node}: a list of mappings, or a file path. Null when unusable. */
  SampleData read(String name, YamlNode node) {
    if (node instanceof YamlNode.Sequence) {
      List<SampleRow> rows = new ArrayList<>();
      for (YamlNode item : ((YamlNode.Sequence) node).items()) {
        YamlNode.Mapping row = reader.mapping(item, "a row of '" + name + "'");
        if (row != null) {
          Map<String, Object> values = new LinkedHashMap<>();
          row.entries().forEach((column, value) -> values.put(column, NodeReader.plain(value)));
          rows.add(cells.row(values, row.span()));
        }
      }
      return new SampleData(name, rows, node.span());
    }
    String file = reader.text(node, "the data of '" + name + "' (rows or a file path)");
    return file == null ? null : readFile(name, file, node.span());
  }

  /** The text of a file referenced from the test file, or null (reported). */
  String readText(String relative, SourceSpan span) {
    Path path = folder.resolve(relative);
    if (!Files.isRegularFile(path)) {
      reader.error(TestCodes.DATA_FILE_MISSING, "data file not found: " + path, span);
      return null;
    }
    try {
      return Files.readString(path);
    } catch (IOException e) {
      reader.error(
          TestCodes.DATA_FILE_MISSING, "cannot read " + path + ": " + e.getMessage(), span);
      return null;
    }
  }

  private SampleData readFile(String name, String relative, SourceSpan span) {
    String lower = relative.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".jsonl") && !lower.endsWith(".json") && !lower.endsWith(".csv")) {
      reader.error(
          TestCodes.DATA_FILE_TYPE,
          "data file '" + relative + "' must end in .jsonl, .json or .csv",
          span);
      return null;
    }
    String text = readText(relative, span);
    if (text == null) {
      return null;
    }
    List<Map<String, Object>> records = parseRecords(relative, lower, text, span);
    if (records == null) {
      return null;
    }
    List<SampleRow> rows = new ArrayList<>();
    records.forEach(values -> rows.add(cells.row(values, span)));
    return new SampleData(name, rows, span);
  }

  private List<Map<String, Object>> parseRecords(
      String relative, String lower, String text, SourceSpan span) {
    try {
      if (lower.endsWith(".csv")) {
        return csvRecords(text);
      }
      return lower.endsWith(".jsonl") ? jsonLines(text) : jsonArray(text);
    } catch (JsonProcessingException e) {
      reader.error(
          TestCodes.DATA_FILE_MALFORMED,
          relative
              + ": invalid JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage(),
          span);
    } catch (IllegalArgumentException e) {
      reader.error(TestCodes.DATA_FILE_MALFORMED, relative + ": " + e.getMessage(), span);
    }
    return null;
  }

  private static List<Map<String, Object>> jsonLines(String text) throws JsonProcessingException {
    List<Map<String, Object>> records = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      if (!node.isObject()) {
        throw new IllegalArgumentException("line " + lineNumber + " is not a JSON object");
      }
      records.add(JsonValues.objectToMap(node));
    }
    return records;
  }

  private static List<Map<String, Object>> jsonArray(String text) throws JsonProcessingException {
    JsonNode root = JSON.readTree(text);
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("a .json data file must hold an array of objects");
    }
    List<Map<String, Object>> records = new ArrayList<>();
    for (JsonNode node : root) {
      if (!node.isObject()) {
        throw new IllegalArgumentException("every element of the array must be an object");
      }
      records.add(JsonValues.objectToMap(node));
    }
    return records;
  }

  private static List<Map<String, Object>> csvRecords(String text) {
    List<List<String>> lines = CsvText.parse(text);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = lines.get(0);
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> fields = lines.get(i);
      if (fields.size() != header.size()) {
        throw new IllegalArgumentException(
            "record "
                + (i + 1)
                + " has "
                + fields.size()
                + " fields, the header has "
                + header.size());
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (int column = 0; column < header.size(); column++) {
        values.put(header.get(column), fields.get(column));
      }
      records.add(values);
    }
    return records;
  }
}
