package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lenient reads from the YAML tree: a value of the wrong shape reads as absent, and the structure
 * checks report it, so loading never fails on a bad value.
 */
final class YamlValues {

  private YamlValues() {}

  /** The text of a non-null scalar. */
  static String text(YamlMapping mapping, String key) {
    return mapping.get(key).map(YamlValues::text).orElse(null);
  }

  static String text(YamlNode node) {
    return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : null;
  }

  static Optional<YamlScalar> scalar(YamlMapping mapping, String key) {
    return mapping
        .get(key)
        .filter(node -> node instanceof YamlScalar scalar && !scalar.isNull())
        .map(YamlScalar.class::cast);
  }

  static Integer integer(YamlMapping mapping, String key) {
    String text = text(mapping, key);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }

  static Optional<YamlMapping> mapping(YamlMapping mapping, String key) {
    return mapping.get(key).filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
  }

  static List<YamlNode> items(YamlMapping mapping, String key) {
    return mapping
        .get(key)
        .filter(YamlSequence.class::isInstance)
        .map(node -> ((YamlSequence) node).items())
        .orElse(List.of());
  }

  /** The texts of a list's scalar items. */
  static List<String> texts(YamlMapping mapping, String key) {
    List<String> result = new ArrayList<>();
    for (YamlNode item : items(mapping, key)) {
      String text = text(item);
      if (text != null) {
        result.add(text);
      }
    }
    return result;
  }

  /** A mapping of scalar values, in file order (first occurrence wins). */
  static Map<String, String> textMap(YamlMapping mapping, String key) {
    Map<String, String> result = new LinkedHashMap<>();
    mapping(mapping, key)
        .ifPresent(
            map -> {
              for (YamlEntry entry : map.entries()) {
                String value = text(entry.value());
                if (value != null) {
                  result.putIfAbsent(entry.name(), value);
                }
              }
            });
    return result;
  }
}
