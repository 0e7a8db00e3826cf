package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shape checks over {@link YamlNode}s that report a located diagnostic instead of failing. */
final class NodeReader {

  private final List<Diagnostic> diagnostics;

  NodeReader(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  void error(String code, String message, SourceSpan span) {
    diagnostics.add(Diagnostic.error(code, message, span));
  }

  void warning(String code, String message, SourceSpan span) {
    diagnostics.add(Diagnostic.warning(code, message, span));
  }

  /** The node as a mapping, or null (reported) when it is something else. */
  YamlNode.Mapping mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping) {
      return (YamlNode.Mapping) node;
    }
    wrongType(node, what, "a mapping");
    return null;
  }

  /** The node as a list, or null (reported). */
  YamlNode.Sequence sequence(YamlNode node, String what) {
    if (node instanceof YamlNode.Sequence) {
      return (YamlNode.Sequence) node;
    }
    wrongType(node, what, "a list");
    return null;
  }

  /** The node as text (numbers and booleans are taken as written), or null (reported). */
  String text(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).value() != null) {
      return ((YamlNode.Scalar) node).text();
    }
    wrongType(node, what, "a text");
    return null;
  }

  /** The node as a non-negative integer, or null (reported). */
  Integer count(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).value() instanceof Long) {
      long value = (Long) ((YamlNode.Scalar) node).value();
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return (int) value;
      }
    }
    wrongType(node, what, "a whole number of 0 or more");
    return null;
  }

  /** Reports keys outside {@code allowed}, with a did-you-mean. */
  void checkKeys(YamlNode.Mapping mapping, Collection<String> allowed, String where) {
    mapping
        .keySpans()
        .forEach(
            (key, span) -> {
              if (!allowed.contains(key)) {
                String suggestion = DidYouMean.closest(key, allowed);
                error(
                    TestCodes.UNKNOWN_KEY,
                    "unknown key '"
                        + key
                        + "' in "
                        + where
                        + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "")
                        + " (expected one of "
                        + String.join(", ", allowed)
                        + ")",
                    span);
              }
            });
  }

  /** Reports a missing key at the mapping; returns the value or null. */
  YamlNode required(YamlNode.Mapping mapping, String key, String where) {
    YamlNode value = mapping.get(key);
    if (value == null) {
      error(TestCodes.MISSING_KEY, where + " needs '" + key + "'", mapping.span());
    }
    return value;
  }

  /** A mapping's scalar values as plain Java values (for expectation maps). */
  Map<String, Object> scalarMap(YamlNode node, String what) {
    Map<String, Object> result = new LinkedHashMap<>();
    YamlNode.Mapping mapping = mapping(node, what);
    if (mapping != null) {
      mapping.entries().forEach((key, value) -> result.put(key, plain(value)));
    }
    return result;
  }

  /** Converts a node to plain Java: scalars as their value, lists to List, mappings to Map. */
  static Object plain(YamlNode node) {
    if (node instanceof YamlNode.Scalar) {
      return ((YamlNode.Scalar) node).value();
    }
    if (node instanceof YamlNode.Sequence) {
      List<Object> items = new ArrayList<>();
      ((YamlNode.Sequence) node).items().forEach(item -> items.add(plain(item)));
      return items;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    ((YamlNode.Mapping) node).entries().forEach((key, value) -> map.put(key, plain(value)));
    return map;
  }

  private void wrongType(YamlNode node, String what, String expected) {
    error(
        TestCodes.WRONG_TYPE,
        what + " must be " + expected + ", found " + node.describe(),
        node.span());
  }
}
