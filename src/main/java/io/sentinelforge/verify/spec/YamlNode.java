package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value of a test file with the place it was written, so every finding has a location. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  /** Where the value starts. */
  SourceSpan span();

  /** A word for messages: "a mapping", "a list", "a text", … */
  String describe();

  /**
   * A scalar: the text as written and the Java value YAML gives it (String, Long, Double, Boolean,
   * or null).
   */
  record Scalar(Object value, String text, SourceSpan span) implements YamlNode {
    @Override
    public String describe() {
      if (value == null) {
        return "an empty value";
      }
      if (value instanceof String) {
        return "the text '" + text + "'";
      }
      return (value instanceof Boolean ? "the boolean " : "the number ") + text;
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, SourceSpan span) implements YamlNode {
    /** Copies the list. */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping in file order; {@code keySpans} locate each key. */
  record Mapping(Map<String, YamlNode> entries, Map<String, SourceSpan> keySpans, SourceSpan span)
      implements YamlNode {
    /** Keeps file order. */
    public Mapping {
      entries = new LinkedHashMap<>(entries);
      keySpans = new LinkedHashMap<>(keySpans);
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    /** The value of a key, or null. */
    public YamlNode get(String key) {
      return entries.get(key);
    }
  }
}
