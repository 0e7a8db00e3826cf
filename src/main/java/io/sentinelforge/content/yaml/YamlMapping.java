package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping with its entries in file order; duplicate keys are kept so checks can report them.
 */
public record YamlMapping(List<YamlEntry> entries, SourceSpan span) implements YamlNode {

  /** Copies the entry list. */
  public YamlMapping {
    entries = List.copyOf(entries);
  }

  /** The first entry with this key. */
  public Optional<YamlEntry> entry(String key) {
    for (YamlEntry entry : entries) {
      if (entry.name().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** The value of the first entry with this key. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }

  @Override
  public String typeName() {
    return "mapping";
  }
}
