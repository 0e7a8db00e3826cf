package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.SourceSpan;
import java.util.List;

/** A YAML sequence (list). */
public record YamlSequence(List<YamlNode> items, SourceSpan span) implements YamlNode {

  /** Copies the item list. */
  public YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "list";
  }
}
