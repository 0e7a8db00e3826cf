package io.sentinelforge.kql.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the content pack's schema declarations (custom tables, watchlists, functions / parsers)
 * from parsed YAML or JSON, accepting both our compact keys ({@code name}, {@code columns}) and the
 * Azure-Sentinel repository's keys ({@code Name}/{@code Properties}, {@code FunctionName}/ {@code
 * FunctionQuery}/{@code FunctionParams}, {@code ParserName}/{@code ParserQuery}/ {@code
 * ParserParams}, {@code FunctionResultColumns}). The format is documented in docs/semantic.md.
 * Problems are thrown as IllegalArgumentException with a readable message.
 */
public final class DeclarationReader {

  private DeclarationReader() {}

  /** A custom table: {@code name} + {@code columns}, or {@code Name} + {@code Properties}. */
  public static TableSchema table(JsonNode node) {
    String name =
        text(node, "name", "Name", "tableName", "TableName")
            .orElseThrow(() -> new IllegalArgumentException("a table declaration needs a 'name'"));
    return new TableSchema(name, columns(node, "columns", "Properties", "Columns"));
  }

  /** A watchlist: {@code alias} (or {@code watchlistAlias}) + {@code columns}. */
  public static WatchlistSchema watchlist(JsonNode node) {
    String alias =
        text(node, "alias", "watchlistAlias", "WatchlistAlias", "name")
            .orElseThrow(
                () -> new IllegalArgumentException("a watchlist declaration needs an 'alias'"));
    return new WatchlistSchema(alias, columns(node, "columns", "Columns"));
  }

  /** A function or parser, by its alias (callable name). */
  public static StoredFunction function(JsonNode node) {
    String name =
        text(node, "name", "FunctionAlias", "FunctionName", "ParserName")
            .orElseThrow(
                () -> new IllegalArgumentException("a function declaration needs a 'name'"));
    Optional<String> body = text(node, "query", "FunctionQuery", "ParserQuery");
    List<Column> result = columns(node, "columns", "FunctionResultColumns", "OutputColumns");
    return new StoredFunction(name, parameters(node), body, result);
  }

  private static List<FunctionParameter> parameters(JsonNode node) {
    List<FunctionParameter> parameters = new ArrayList<>();
    for (JsonNode parameter :
        first(node, "parameters", "FunctionParams", "ParserParams", "FunctionParameters")) {
      String name =
          text(parameter, "name", "Name")
              .orElseThrow(
                  () -> new IllegalArgumentException("a function parameter needs a 'name'"));
      String type = text(parameter, "type", "Type").orElse("dynamic");
      boolean hasDefault = parameter.has("default") || parameter.has("Default");
      parameters.add(new FunctionParameter(name, typeOf(type), hasDefault));
    }
    return parameters;
  }

  private static List<Column> columns(JsonNode node, String... keys) {
    List<Column> columns = new ArrayList<>();
    for (JsonNode column : first(node, keys)) {
      String name =
          text(column, "name", "Name")
              .orElseThrow(() -> new IllegalArgumentException("a column needs a 'name'"));
      columns.add(new Column(name, typeOf(text(column, "type", "Type").orElse("dynamic"))));
    }
    return columns;
  }

  /** Loose type spellings of real files ({@code String}, {@code DateTime}, {@code integer}). */
  static ScalarType typeOf(String name) {
    String lower = name.trim().toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("integer")) {
      return ScalarType.INT;
    }
    return ScalarType.fromName(lower).orElse(ScalarType.DYNAMIC);
  }

  private static JsonNode first(JsonNode node, String... keys) {
    for (String key : keys) {
      if (node.has(key) && node.get(key).isArray()) {
        return node.get(key);
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static Optional<String> text(JsonNode node, String... keys) {
    for (String key : keys) {
      JsonNode value = node.get(key);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }
}
