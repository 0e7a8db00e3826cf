package io.sentinelforge.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.content.Workbook;
import io.sentinelforge.content.WorkbookItem;
import io.sentinelforge.content.WorkbookParameter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Builds a workbook's {@code serializedData} (Notebook/1.0, sentinel-formats.md §3.2) from the
 * compact YAML: a parameters item first, then the items in order.
 */
final class WorkbookData {

  static final String LOG_ANALYTICS = "microsoft.operationalinsights/workspaces";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Item sizes as the workbook editor numbers them. */
  private static final Map<String, Integer> SIZES =
      Map.of("medium", 0, "small", 1, "large", 2, "full", 4);

  private final Workbook workbook;
  private final String timeParameter;
  private int counter;

  private WorkbookData(Workbook workbook) {
    this.workbook = workbook;
    this.timeParameter =
        workbook.parameters().stream()
            .filter(p -> "timeRange".equals(p.type()))
            .map(WorkbookParameter::name)
            .findFirst()
            .orElse(null);
  }

  /** The compact JSON text of the workbook. */
  static String serialize(Workbook workbook) {
    ObjectNode root = new WorkbookData(workbook).build();
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  private ObjectNode build() {
    ObjectNode root = NODES.objectNode();
    root.put("version", "Notebook/1.0");
    ArrayNode items = root.putArray("items");
    if (!workbook.parameters().isEmpty()) {
      items.add(parametersItem());
    }
    addItems(items, workbook.items());
    root.put("fromTemplateId", "sentinel-forge-" + workbook.id());
    root.put(
        "$schema",
        "https://github.com/Microsoft/Application-Insights-Workbooks/blob/master/schema/workbook.json");
    return root;
  }

  private void addItems(ArrayNode target, List<WorkbookItem> items) {
    for (WorkbookItem item : items) {
      target.add(item.accept(new ItemBuilder()));
    }
  }

  private ObjectNode parametersItem() {
    ObjectNode content = NODES.objectNode();
    content.put("version", "KqlParameterItem/1.0");
    ArrayNode parameters = content.putArray("parameters");
    for (WorkbookParameter parameter : workbook.parameters()) {
      parameters.add(WorkbookParameters.of(workbook.id(), parameter, timeParameter));
    }
    content.put("style", "pills");
    content.put("queryType", 0);
    content.put("resourceType", LOG_ANALYTICS);
    return item(9, content, "parameters", null);
  }

  private ObjectNode item(int type, ObjectNode content, String kind, WorkbookItem.Visibility when) {
    ObjectNode item = NODES.objectNode();
    item.put("type", type);
    item.set("content", content);
    if (when != null) {
      ObjectNode visibility = item.putObject("conditionalVisibility");
      visibility.put("parameterName", when.parameter());
      visibility.put("comparison", "isEqualTo");
      visibility.put("value", when.value());
    }
    item.put("name", kind + " - " + counter++);
    return item;
  }

  /** One JSON item per compact item. */
  private final class ItemBuilder implements WorkbookItem.Visitor<ObjectNode> {

    @Override
    public ObjectNode visitMarkdown(WorkbookItem.Markdown markdown) {
      ObjectNode content = NODES.objectNode();
      content.put("json", markdown.text());
      return item(1, content, "text", markdown.visibleWhen());
    }

    @Override
    public ObjectNode visitQuery(WorkbookItem.Query query) {
      ObjectNode content = NODES.objectNode();
      content.put("version", "KqlItem/1.0");
      content.put("query", query.query().text());
      content.put("size", SIZES.get(query.size()));
      if (query.title() != null) {
        content.put("title", query.title());
      }
      if (timeParameter != null) {
        content.put("timeContextFromParameter", timeParameter);
      } else {
        content.putObject("timeContext").put("durationMs", Duration.ofDays(1).toMillis());
      }
      content.put("queryType", 0);
      content.put("resourceType", LOG_ANALYTICS);
      content.put("visualization", query.visualization());
      return item(3, content, "query", query.visibleWhen());
    }

    @Override
    public ObjectNode visitGroup(WorkbookItem.Group group) {
      ObjectNode content = NODES.objectNode();
      content.put("version", "NotebookGroup/1.0");
      content.put("groupType", "editable");
      if (group.title() != null) {
        content.put("title", group.title());
      }
      ArrayNode items = content.putArray("items");
      addItems(items, group.items());
      return item(12, content, "group", group.visibleWhen());
    }
  }
}
