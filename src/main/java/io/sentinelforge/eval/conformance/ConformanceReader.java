package io.sentinelforge.eval.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.eval.load.DataLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads conformance cases from a JSON Lines file; a malformed line is a located error. */
public final class ConformanceReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConformanceReader() {}

  /** All cases of the file in order. */
  public static List<ConformanceCase> read(Path file) throws DataLoadException {
    List<ConformanceCase> cases = new ArrayList<>();
    String name = file.toString();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        cases.add(parse(line, name, lineNumber));
      }
    } catch (IOException unreadable) {
      throw new DataLoadException(
          DataLoadException.UNREADABLE, "cannot read: " + unreadable.getMessage(), name, 1, 1);
    }
    return cases;
  }

  private static ConformanceCase parse(String line, String file, int lineNumber)
      throws DataLoadException {
    try {
      JsonNode node = JSON.readTree(line);
      JsonNode expected = node.path("expected");
      if (!node.path("query").isTextual() || !expected.path("columns").isArray()) {
        throw new DataLoadException(
            DataLoadException.MALFORMED,
            "a case needs 'query' and 'expected.columns'",
            file,
            lineNumber,
            1);
      }
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode row : expected.path("rows")) {
        rows.add(strings(row));
      }
      return new ConformanceCase(
          node.path("id").asText("line " + lineNumber),
          runnableQuery(node),
          strings(expected.path("columns")),
          rows,
          node.path("ordered").asBoolean(false),
          node.path("nondeterministic").asBoolean(false),
          strings(node.path("operators")),
          strings(node.path("functions")));
    } catch (IOException malformed) {
      throw new DataLoadException(
          DataLoadException.MALFORMED,
          "malformed JSON: " + malformed.getMessage(),
          file,
          lineNumber,
          1);
    }
  }

  /**
   * The documentation sometimes shows a bare scalar expression, which is not a query; the corpus
   * then carries the {@code print} wrapping the documentation implies as {@code normalized_query}.
   */
  private static String runnableQuery(JsonNode node) {
    JsonNode normalized = node.path("normalized_query");
    return normalized.isTextual() ? normalized.asText() : node.path("query").asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.isNull() ? "" : value.asText());
    }
    return values;
  }
}
