package io.sentinelforge.content;

import java.util.List;

/** One item of a workbook: markdown text, a query with its visualization, or a group of items. */
public sealed interface WorkbookItem
    permits WorkbookItem.Markdown, WorkbookItem.Query, WorkbookItem.Group {

  /** Dispatches on the item kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per item kind. */
  interface Visitor<R> {
    /** Markdown text. */
    R visitMarkdown(Markdown item);

    /** A query. */
    R visitQuery(Query item);

    /** A group. */
    R visitGroup(Group item);
  }

  /**
   * Shows the item only while a parameter has a value.
   *
   * @param parameter the parameter name
   * @param value the value it must equal
   */
  record Visibility(String parameter, String value) {}

  /**
   * Markdown text.
   *
   * @param text the markdown
   * @param visibleWhen the condition, or null
   */
  record Markdown(String text, Visibility visibleWhen) implements WorkbookItem {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMarkdown(this);
    }
  }

  /**
   * A Log Analytics query and how to show its result.
   *
   * @param title the title, or null
   * @param query the KQL (with {@code {Parameter}} tokens)
   * @param visualization table, timechart, barchart, piechart or tiles
   * @param size small, medium, large or full
   * @param visibleWhen the condition, or null
   */
  record Query(
      String title, QueryText query, String visualization, String size, Visibility visibleWhen)
      implements WorkbookItem {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitQuery(this);
    }
  }

  /**
   * A group of items, typically one tab.
   *
   * @param title the title, or null
   * @param items the grouped items
   * @param visibleWhen the condition, or null
   */
  record Group(String title, List<WorkbookItem> items, Visibility visibleWhen)
      implements WorkbookItem {

    /** Copies the list. */
    public Group {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitGroup(this);
    }
  }
}
