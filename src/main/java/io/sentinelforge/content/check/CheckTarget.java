package io.sentinelforge.content.check;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ContentSource;
import io.sentinelforge.content.FileRole;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import io.sentinelforge.diag.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * What a file check looks at: the parsed file, what it is, and its record (absent for stubs).
 *
 * @param source text and YAML tree
 * @param role what the file is
 * @param item the rule or hunting query, absent for migration stubs
 */
public record CheckTarget(ContentSource source, FileRole role, Optional<ContentItem> item) {

  /** The analytics rule, if this is one. */
  public Optional<AnalyticRule> rule() {
    return item.filter(AnalyticRule.class::isInstance).map(AnalyticRule.class::cast);
  }

  /** The non-null scalar at a path, e.g. {@code entityMappings[0].entityType}. */
  public Optional<YamlScalar> scalar(String path) {
    return source
        .node(path)
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(s -> !s.isNull());
  }

  /** The non-null scalar items of the list at a path (other items are reported elsewhere). */
  public List<YamlScalar> scalarItems(String path) {
    return items(path).stream()
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(s -> !s.isNull())
        .toList();
  }

  /** The items of the list at a path; empty when absent or not a list. */
  public List<YamlNode> items(String path) {
    return source
        .node(path)
        .filter(YamlSequence.class::isInstance)
        .map(node -> ((YamlSequence) node).items())
        .orElse(List.of());
  }

  /** True for analytics rules and hunting queries (not stubs). */
  public boolean hasItem() {
    return item.isPresent();
  }

  /** The span of the value at a path (see {@link ContentSource#span}). */
  public SourceSpan span(String path) {
    return source.span(path);
  }
}
