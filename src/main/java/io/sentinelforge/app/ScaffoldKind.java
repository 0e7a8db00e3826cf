package io.sentinelforge.app;

import java.nio.file.Path;

/** What {@code new} creates, with its template and default folder. */
public enum ScaffoldKind {
  /** A Scheduled analytics rule. */
  RULE("rule.yaml", Path.of("content", "analytics-rules")),
  /** A hunting query. */
  HUNTING("hunting.yaml", Path.of("content", "hunting-queries"));

  private final String template;
  private final Path defaultFolder;

  ScaffoldKind(String template, Path defaultFolder) {
    this.template = template;
    this.defaultFolder = defaultFolder;
  }

  String template() {
    return template;
  }

  /** Where the file goes when no folder is given. */
  public Path defaultFolder() {
    return defaultFolder;
  }
}
