package io.sentinelforge.content;

import java.util.List;

/**
 * One workbook parameter, referenced in queries as {@code {name}}.
 *
 * @param name the name used in {@code {name}} tokens
 * @param label the label shown, or null for the name
 * @param type {@code timeRange}, {@code dropdown} or {@code text}
 * @param defaultValue the initial value (a duration such as {@code 7d} for a time range), or null
 * @param query for a dropdown filled by a query: the query, else null
 * @param values for a dropdown with fixed values: the values
 * @param multiSelect whether a dropdown allows several values
 * @param includeAll whether a dropdown offers "All"
 */
public record WorkbookParameter(
    String name,
    String label,
    String type,
    String defaultValue,
    QueryText query,
    List<String> values,
    boolean multiSelect,
    boolean includeAll) {

  /** Copies the list. */
  public WorkbookParameter {
    values = List.copyOf(values);
  }
}
