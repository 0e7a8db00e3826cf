package io.sentinelforge.app;

import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ProjectConfig;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceMap;
import java.util.List;

/**
 * A check of one rule's or hunting query's KQL (syntax, names, types, lint), plugged into {@link
 * ValidateService}. Implementations report positions through {@link Subject#sourceMap()} so
 * diagnostics point at the YAML file's own line and column.
 */
public interface QueryCheck {

  /**
   * What a query check looks at.
   *
   * @param item the analytics rule or hunting query (its other fields, e.g. entity mappings)
   * @param text the query text exactly as YAML reads it
   * @param sourceMap maps offsets of {@code text} to the YAML file
   * @param config the project config
   */
  record Subject(ContentItem item, String text, SourceMap sourceMap, ProjectConfig config) {}

  /** Checks one query; returns its diagnostics (never throws on bad queries). */
  List<Diagnostic> check(Subject subject);
}
