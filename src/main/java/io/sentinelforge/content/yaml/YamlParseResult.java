package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What parsing a YAML file gave: the root node (absent for an empty or unparsable file) and the
 * diagnostics found on the way (syntax errors, tabs).
 */
public record YamlParseResult(Optional<YamlNode> root, List<Diagnostic> diagnostics) {

  /** Copies the diagnostics. */
  public YamlParseResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
