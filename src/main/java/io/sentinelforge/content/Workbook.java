package io.sentinelforge.content;

import java.util.List;

/**
 * A workbook in Sentinel Forge's compact YAML ({@code content/workbooks/}).
 *
 * @param id GUID the resource name derives from
 * @param name display name
 * @param description what it shows
 * @param parameters the parameter bar
 * @param items the content, top to bottom
 * @param queries every KQL query in it (parameter queries and query items), for validation
 * @param source the file
 */
public record Workbook(
    String id,
    String name,
    String description,
    List<WorkbookParameter> parameters,
    List<WorkbookItem> items,
    List<EmbeddedQuery> queries,
    ContentSource source) {

  /** Copies the lists. */
  public Workbook {
    parameters = List.copyOf(parameters);
    items = List.copyOf(items);
    queries = List.copyOf(queries);
  }
}
