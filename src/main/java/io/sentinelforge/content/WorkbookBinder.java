package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a workbook from compact YAML, reporting every problem at its line. */
final class WorkbookBinder {

  static final List<String> PARAMETER_TYPES = List.of("timeRange", "dropdown", "text");
  static final List<String> TIME_RANGES =
      List.of("5m", "15m", "30m", "1h", "4h", "12h", "24h", "2d", "3d", "7d", "14d", "30d", "90d");
  static final List<String> VISUALIZATIONS =
      List.of("table", "timechart", "barchart", "piechart", "tiles");
  static final List<String> SIZES = List.of("small", "medium", "large", "full");
  private static final Set<String> KEYS =
      Set.of("id", "name", "description", "parameters", "items");
  private static final Set<String> PARAMETER_KEYS =
      Set.of("name", "label", "type", "default", "query", "values", "multiSelect", "includeAll");
  private static final Set<String> ITEM_KEYS =
      Set.of(
          "markdown", "query", "title", "visualization", "size", "visibleWhen", "group", "items");

  private final CompactReader reader;
  private final List<EmbeddedQuery> queries = new ArrayList<>();
  private final Set<String> parameterNames = new HashSet<>();

  WorkbookBinder(CompactReader reader) {
    this.reader = reader;
  }

  Workbook bind(ContentSource source) {
    YamlMapping root = source.root();
    reader.knownKeys(root, KEYS);
    String id = reader.requireText(root, "id");
    reader.guid(root, id);
    List<WorkbookParameter> parameters = parameters(root);
    List<WorkbookItem> items = items(root, "items");
    if (items.isEmpty()) {
      reader.error(CompactCodes.MISSING_FIELD, "a workbook needs at least one item", root.span());
    }
    return new Workbook(
        id,
        reader.requireText(root, "name"),
        reader.requireText(root, "description"),
        parameters,
        items,
        queries,
        source);
  }

  private List<WorkbookParameter> parameters(YamlMapping root) {
    List<WorkbookParameter> parameters = new ArrayList<>();
    List<YamlNode> nodes = reader.items(root, "parameters");
    for (int i = 0; i < nodes.size(); i++) {
      YamlMapping parameter = reader.asMapping(nodes.get(i), "a parameter");
      if (parameter == null) {
        continue;
      }
      reader.knownKeys(parameter, PARAMETER_KEYS);
      String name = reader.requireText(parameter, "name");
      if (name != null && !parameterNames.add(name)) {
        reader.error(
            CompactCodes.DUPLICATE, "parameter '" + name + "' is defined twice", parameter.span());
      }
      String type = reader.oneOf(parameter, "type", PARAMETER_TYPES, true);
      String defaultValue =
          "timeRange".equals(type)
              ? reader.oneOf(parameter, "default", TIME_RANGES, false)
              : reader.text(parameter, "default");
      parameters.add(
          new WorkbookParameter(
              name,
              reader.text(parameter, "label"),
              type,
              defaultValue,
              query(parameter, "parameters[" + i + "].query"),
              reader.texts(parameter, "values"),
              reader.bool(parameter, "multiSelect", false),
              reader.bool(parameter, "includeAll", false)));
    }
    return parameters;
  }

  private List<WorkbookItem> items(YamlMapping parent, String key) {
    List<WorkbookItem> items = new ArrayList<>();
    List<YamlNode> nodes = reader.items(parent, key);
    for (int i = 0; i < nodes.size(); i++) {
      YamlMapping item = reader.asMapping(nodes.get(i), "an item");
      if (item != null) {
        reader.knownKeys(item, ITEM_KEYS);
        WorkbookItem bound = item(item, key + "[" + i + "]");
        if (bound != null) {
          items.add(bound);
        }
      }
    }
    return items;
  }

  private WorkbookItem item(YamlMapping item, String where) {
    WorkbookItem.Visibility visibleWhen = visibility(item);
    if (item.get("markdown").isPresent()) {
      return new WorkbookItem.Markdown(reader.requireText(item, "markdown"), visibleWhen);
    }
    if (item.get("query").isPresent()) {
      String visualization = reader.oneOf(item, "visualization", VISUALIZATIONS, false);
      String size = reader.oneOf(item, "size", SIZES, false);
      return new WorkbookItem.Query(
          reader.text(item, "title"),
          query(item, where + ".query"),
          visualization == null ? "table" : visualization,
          size == null ? "medium" : size,
          visibleWhen);
    }
    if (item.get("group").isPresent()) {
      return new WorkbookItem.Group(reader.text(item, "group"), items(item, "items"), visibleWhen);
    }
    reader.error(
        CompactCodes.MISSING_FIELD, "an item needs 'markdown', 'query' or 'group'", item.span());
    return null;
  }

  private WorkbookItem.Visibility visibility(YamlMapping item) {
    YamlMapping when = reader.mapping(item, "visibleWhen", false);
    if (when == null) {
      return null;
    }
    reader.knownKeys(when, Set.of("parameter", "equals"));
    String parameter = reader.requireText(when, "parameter");
    if (parameter != null && !parameterNames.contains(parameter)) {
      reader.error(
          CompactCodes.UNKNOWN_REFERENCE,
          "'visibleWhen' names parameter '" + parameter + "', which is not defined above",
          when.get("parameter").orElseThrow().span());
    }
    return new WorkbookItem.Visibility(parameter, reader.requireText(when, "equals"));
  }

  private QueryText query(YamlMapping mapping, String where) {
    if (!(mapping.get("query").orElse(null) instanceof YamlScalar scalar) || scalar.isNull()) {
      if (mapping.get("query").isPresent()) {
        reader.text(mapping, "query");
      }
      return null;
    }
    QueryText query = new QueryText(scalar.value(), scalar.valueMap(), scalar.span());
    queries.add(new EmbeddedQuery(where, query));
    return query;
  }
}
