package io.sentinelforge.content;

import com.google.re2j.Pattern;
import io.sentinelforge.content.yaml.ScalarType;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reads from a compact-format YAML tree: every missing or malformed value becomes a
 * diagnostic at its line, and the read returns null so binding goes on.
 */
final class CompactReader {

  private static final Pattern GUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  void error(String code, String message, SourceSpan span) {
    diagnostics.add(Diagnostic.error(code, message, span));
  }

  /** The scalar text at {@code key}; an error when absent or not a scalar. */
  String requireText(YamlMapping mapping, String key) {
    if (mapping.get(key).isEmpty()) {
      error(CompactCodes.MISSING_FIELD, "missing required field '" + key + "'", mapping.span());
      return null;
    }
    return text(mapping, key);
  }

  /** The scalar text at {@code key}, or null when absent; an error when not a scalar. */
  String text(YamlMapping mapping, String key) {
    Optional<YamlNode> node = mapping.get(key);
    if (node.isEmpty() || node.get() instanceof YamlScalar scalar && scalar.isNull()) {
      return null;
    }
    if (!(node.get() instanceof YamlScalar scalar)) {
      error(
          CompactCodes.WRONG_TYPE,
          "'" + key + "' must be a text value, not a " + node.get().typeName(),
          node.get().span());
      return null;
    }
    return scalar.value();
  }

  /** The scalar at {@code key} when it is one. */
  Optional<YamlScalar> scalar(YamlMapping mapping, String key) {
    return mapping.get(key).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
  }

  /** One of {@code allowed} (exact spelling); an error naming the allowed values otherwise. */
  String oneOf(YamlMapping mapping, String key, List<String> allowed, boolean required) {
    String value = required ? requireText(mapping, key) : text(mapping, key);
    if (value != null && !allowed.contains(value)) {
      error(
          CompactCodes.INVALID_VALUE,
          "'" + key + "' is '" + value + "'; expected one of " + String.join(", ", allowed),
          mapping.get(key).orElseThrow().span());
      return null;
    }
    return value;
  }

  /** An integer, or {@code fallback} when absent. */
  Integer integer(YamlMapping mapping, String key, Integer fallback) {
    Optional<YamlScalar> scalar = scalar(mapping, key);
    if (mapping.get(key).isEmpty()) {
      return fallback;
    }
    if (scalar.isEmpty() || scalar.get().type() != ScalarType.INTEGER) {
      error(
          CompactCodes.WRONG_TYPE,
          "'" + key + "' must be an integer",
          mapping.get(key).get().span());
      return fallback;
    }
    return Integer.valueOf(scalar.get().value().trim());
  }

  /** A boolean, or {@code fallback} when absent. */
  boolean bool(YamlMapping mapping, String key, boolean fallback) {
    Optional<YamlScalar> scalar = scalar(mapping, key);
    if (mapping.get(key).isEmpty()) {
      return fallback;
    }
    if (scalar.isEmpty() || scalar.get().type() != ScalarType.BOOLEAN) {
      error(
          CompactCodes.WRONG_TYPE,
          "'" + key + "' must be true or false",
          mapping.get(key).get().span());
      return fallback;
    }
    return scalar.get().value().trim().toLowerCase(Locale.ROOT).equals("true");
  }

  /** The mapping at {@code key}, or null (an error when present but not a mapping). */
  YamlMapping mapping(YamlMapping mapping, String key, boolean required) {
    Optional<YamlNode> node = mapping.get(key);
    if (node.isEmpty()) {
      if (required) {
        error(CompactCodes.MISSING_FIELD, "missing required field '" + key + "'", mapping.span());
      }
      return null;
    }
    if (!(node.get() instanceof YamlMapping child)) {
      error(CompactCodes.WRONG_TYPE, "'" + key + "' must be a mapping", node.get().span());
      return null;
    }
    return child;
  }

  /** The items of the list at {@code key} (empty when absent; an error when not a list). */
  List<YamlNode> items(YamlMapping mapping, String key) {
    Optional<YamlNode> node = mapping.get(key);
    if (node.isEmpty() || node.get() instanceof YamlScalar scalar && scalar.isNull()) {
      return List.of();
    }
    if (!(node.get() instanceof YamlSequence sequence)) {
      error(CompactCodes.WRONG_TYPE, "'" + key + "' must be a list", node.get().span());
      return List.of();
    }
    return sequence.items();
  }

  /** The texts of a list of scalars (other items are errors). */
  List<String> texts(YamlMapping mapping, String key) {
    List<String> values = new ArrayList<>();
    for (YamlNode item : items(mapping, key)) {
      if (item instanceof YamlScalar scalar && !scalar.isNull()) {
        values.add(scalar.value());
      } else {
        error(CompactCodes.WRONG_TYPE, "'" + key + "' items must be text values", item.span());
      }
    }
    return values;
  }

  /** A mapping item of a list, or null with an error. */
  YamlMapping asMapping(YamlNode node, String what) {
    if (node instanceof YamlMapping mapping) {
      return mapping;
    }
    error(CompactCodes.WRONG_TYPE, what + " must be a mapping", node.span());
    return null;
  }

  /** Reports keys outside {@code known}, with the closest known key as a suggestion. */
  void knownKeys(YamlMapping mapping, Set<String> known) {
    for (YamlEntry entry : mapping.entries()) {
      if (!known.contains(entry.name())) {
        String hint =
            Suggestions.closest(entry.name(), known)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("");
        error(
            CompactCodes.UNKNOWN_KEY,
            "unknown key '" + entry.name() + "'" + hint,
            entry.key().span());
      }
    }
  }

  /** Checks that {@code id} is a GUID. */
  void guid(YamlMapping mapping, String id) {
    if (id != null && !GUID.matcher(id).matches()) {
      error(
          CompactCodes.INVALID_VALUE,
          "'id' must be a GUID, got '" + id + "'",
          mapping.get("id").orElseThrow().span());
    }
  }
}
