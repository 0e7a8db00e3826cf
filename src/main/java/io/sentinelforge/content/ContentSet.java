package io.sentinelforge.content;

import java.util.List;
import java.util.Optional;

/** All content files loaded from the paths a command was given, in sorted path order. */
public record ContentSet(List<LoadedFile> files) {

  /** Copies the list. */
  public ContentSet {
    files = List.copyOf(files);
  }

  /** Every analytics rule that loaded. */
  public List<AnalyticRule> analyticRules() {
    return files.stream().map(LoadedFile::analyticRule).flatMap(Optional::stream).toList();
  }

  /** Every hunting query that loaded. */
  public List<HuntingQuery> huntingQueries() {
    return files.stream().map(LoadedFile::huntingQuery).flatMap(Optional::stream).toList();
  }

  /** Every rule and hunting query. */
  public List<ContentItem> items() {
    return files.stream().map(LoadedFile::item).flatMap(Optional::stream).toList();
  }
}
