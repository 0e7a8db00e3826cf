package io.sentinelforge.verify.expect;

import io.sentinelforge.verify.ValueText;
import io.sentinelforge.verify.spec.AlertMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes an alert matcher in words for failure messages. */
final class MatcherText {

  private MatcherText() {}

  static String describe(AlertMatcher matcher) {
    List<String> parts = new ArrayList<>();
    add(parts, "entities", matcher.entities());
    add(parts, "customDetails", matcher.customDetails());
    add(parts, "columns", matcher.columns());
    if (matcher.displayName() != null) {
      parts.add("displayName \"" + matcher.displayName() + "\"");
    }
    if (matcher.description() != null) {
      parts.add("description \"" + matcher.description() + "\"");
    }
    if (matcher.severity() != null) {
      parts.add("severity " + matcher.severity());
    }
    return parts.isEmpty() ? "anything" : String.join("; ", parts);
  }

  private static void add(List<String> parts, String name, Map<String, Object> values) {
    if (values.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(name).append(" {");
    values.forEach(
        (key, value) ->
            text.append(text.charAt(text.length() - 1) == '{' ? "" : ", ")
                .append(key)
                .append(": ")
                .append(ValueText.of(value)));
    parts.add(text.append('}').toString());
  }
}
