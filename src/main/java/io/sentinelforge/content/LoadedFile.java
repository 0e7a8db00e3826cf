package io.sentinelforge.content;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * One content file after loading.
 *
 * @param file the path as the user gave it (used in diagnostics)
 * @param role what the file is
 * @param source the text and YAML tree, absent when the file is empty or does not parse as a
 *     mapping
 * @param item the analytics rule or hunting query, absent for stubs, empty and invalid files
 * @param diagnostics problems found while reading and parsing (YAML syntax, encoding)
 */
public record LoadedFile(
    String file,
    FileRole role,
    Optional<ContentSource> source,
    Optional<ContentItem> item,
    List<Diagnostic> diagnostics) {

  /** Copies the diagnostics. */
  public LoadedFile {
    diagnostics = List.copyOf(diagnostics);
  }

  /** The analytics rule, if this file is one. */
  public Optional<AnalyticRule> analyticRule() {
    return item.filter(AnalyticRule.class::isInstance).map(AnalyticRule.class::cast);
  }

  /** The hunting query, if this file is one. */
  public Optional<HuntingQuery> huntingQuery() {
    return item.filter(HuntingQuery.class::isInstance).map(HuntingQuery.class::cast);
  }
}
