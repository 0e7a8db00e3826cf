package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlSequence;
import io.sentinelforge.diag.SourceSpan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a content item came from: the file name used in diagnostics, the file text and the parsed
 * YAML tree, which knows the line and column of every value.
 *
 * @param file the path as the user gave it (used in diagnostics)
 * @param path the file on disk, or null for in-memory text
 * @param text the whole file text
 * @param root the top-level mapping
 */
public record ContentSource(String file, Path path, String text, YamlMapping root) {

  /**
   * The node at a path such as {@code entityMappings[0].fieldMappings[1].identifier}, if present.
   */
  public Optional<YamlNode> node(String path) {
    YamlNode current = root;
    for (String step : path.split("\\.")) {
      String key = step;
      int bracket = step.indexOf('[');
      Integer index = null;
      if (bracket >= 0) {
        key = step.substring(0, bracket);
        index = Integer.valueOf(step.substring(bracket + 1, step.length() - 1));
      }
      if (!key.isEmpty()) {
        if (!(current instanceof YamlMapping mapping) || mapping.get(key).isEmpty()) {
          return Optional.empty();
        }
        current = mapping.get(key).get();
      }
      if (index != null) {
        if (!(current instanceof YamlSequence sequence) || index >= sequence.items().size()) {
          return Optional.empty();
        }
        current = sequence.items().get(index);
      }
    }
    return Optional.of(current);
  }

  /**
   * The span of the value at {@code path}; when it is absent, the span of its nearest present
   * ancestor (so a missing field is reported at its parent), else the file's first line.
   */
  public SourceSpan span(String path) {
    String candidate = path;
    while (true) {
      Optional<YamlNode> found = node(candidate);
      if (found.isPresent()) {
        return found.get().span();
      }
      int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
      if (cut <= 0) {
        return SourceSpan.at(file, 1, 1);
      }
      candidate = candidate.substring(0, cut);
    }
  }

  /** The span of the key of a top-level entry, or the file start. */
  public SourceSpan keySpan(String key) {
    return root.entry(key).map(e -> e.key().span()).orElse(SourceSpan.at(file, 1, 1));
  }
}
