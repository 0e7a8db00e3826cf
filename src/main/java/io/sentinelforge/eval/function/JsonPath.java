package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset of {@code extract_json}: {@code $}, {@code .name}, {@code ['name']}, {@code
 * [n]}.
 */
final class JsonPath {

  private JsonPath() {}

  static List<Value> steps(String path) {
    String text = path.trim();
    if (!text.startsWith("$")) {
      throw Arguments.invalid("extract_json", "a JSON path starts with '$': " + path);
    }
    List<Value> steps = new ArrayList<>();
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        steps.add(Values.of(text.substring(i + 1, end)));
        i = end;
      } else if (c == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          throw Arguments.invalid("extract_json", "unclosed '[' in " + path);
        }
        String inside = text.substring(i + 1, close).trim();
        if (inside.startsWith("'") || inside.startsWith("\"")) {
          steps.add(Values.of(inside.substring(1, inside.length() - 1)));
        } else {
          steps.add(Values.of(Long.parseLong(inside)));
        }
        i = close + 1;
      } else {
        throw Arguments.invalid("extract_json", "unsupported JSON path " + path);
      }
    }
    return steps;
  }
}
