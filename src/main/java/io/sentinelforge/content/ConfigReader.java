package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import io.sentinelforge.diag.Diagnostic;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed reads of config values that report bad ones ({@code SF130} unknown, {@code SF131}). */
final class ConfigReader {

  private final List<Diagnostic> diagnostics;

  ConfigReader(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  void keys(YamlMapping mapping, List<String> known) {
    for (YamlEntry entry : mapping.entries()) {
      if (!known.contains(entry.name())) {
        String hint =
            Suggestions.closest(entry.name(), known)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; known: " + String.join(", ", known));
        diagnostics.add(
            Diagnostic.warning(
                ContentCodes.CONFIG_UNKNOWN_KEY,
                "unknown config key '" + entry.name() + "'" + hint,
                entry.key().span()));
      }
    }
  }

  void invalid(YamlNode node, String message) {
    diagnostics.add(Diagnostic.error(ContentCodes.CONFIG_INVALID, message, node.span()));
  }

  Optional<YamlMapping> mapping(YamlMapping parent, String key) {
    Optional<YamlNode> node =
        parent.get(key).filter(n -> !(n instanceof YamlScalar s && s.isNull()));
    if (node.isPresent() && !(node.get() instanceof YamlMapping)) {
      invalid(node.get(), "'" + key + "' must be a mapping");
      return Optional.empty();
    }
    return node.map(YamlMapping.class::cast);
  }

  Optional<String> text(YamlMapping parent, String key) {
    Optional<YamlNode> node = parent.get(key);
    if (node.isEmpty() || (node.get() instanceof YamlScalar s && s.isNull())) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlScalar scalar)) {
      invalid(node.get(), "'" + key + "' must be a single value");
      return Optional.empty();
    }
    return Optional.of(scalar.value());
  }

  List<String> texts(YamlMapping parent, String key) {
    List<String> values = new ArrayList<>();
    Optional<YamlNode> node = parent.get(key);
    if (node.isEmpty() || (node.get() instanceof YamlScalar s && s.isNull())) {
      return values;
    }
    if (!(node.get() instanceof YamlSequence sequence)) {
      invalid(node.get(), "'" + key + "' must be a list");
      return values;
    }
    for (YamlNode item : sequence.items()) {
      if (item instanceof YamlScalar scalar && !scalar.isNull()) {
        values.add(scalar.value().trim());
      } else {
        invalid(item, "each item of '" + key + "' must be a single value");
      }
    }
    return values;
  }

  ProjectConfig.Tests tests(Optional<YamlMapping> tests) {
    if (tests.isEmpty()) {
      return new ProjectConfig.Tests(null, 0);
    }
    keys(tests.get(), List.of("at", "minCases"));
    Instant at = text(tests.get(), "at").map(t -> instant(tests.get(), t)).orElse(null);
    int minCases = 0;
    Optional<String> min = text(tests.get(), "minCases");
    if (min.isPresent()) {
      try {
        minCases = Integer.parseInt(min.get().trim());
      } catch (NumberFormatException notAnInteger) {
        invalid(tests.get().get("minCases").orElseThrow(), "'minCases' must be an integer");
      }
    }
    return new ProjectConfig.Tests(at, minCases);
  }

  private Instant instant(YamlMapping tests, String text) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException notIso) {
      invalid(
          tests.get("at").orElseThrow(),
          "'at' must be an ISO 8601 date-time with zone, e.g. 2026-01-15T12:00:00Z");
      return null;
    }
  }

  ProjectConfig.Validation validation(Optional<YamlMapping> validation) {
    if (validation.isEmpty()) {
      return new ProjectConfig.Validation(List.of(), List.of());
    }
    keys(validation.get(), List.of("disable", "connectorIds"));
    return new ProjectConfig.Validation(
        texts(validation.get(), "disable"), texts(validation.get(), "connectorIds"));
  }
}
