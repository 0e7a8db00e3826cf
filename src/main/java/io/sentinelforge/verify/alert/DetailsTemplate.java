package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.ValueText;
import java.util.Map;

/**
 * Renders an {@code alertDetailsOverride} format: each {@code {{Column}}} becomes the column's
 * value in the alert's first row (empty when the column is absent or null).
 */
final class DetailsTemplate {

  private DetailsTemplate() {}

  static String render(String format, Map<String, Object> row) {
    StringBuilder out = new StringBuilder();
    int position = 0;
    while (position < format.length()) {
      int open = format.indexOf("{{", position);
      int close = open < 0 ? -1 : format.indexOf("}}", open + 2);
      if (open < 0 || close < 0) {
        out.append(format, position, format.length());
        break;
      }
      String inner = format.substring(open + 2, close);
      if (inner.indexOf('{') >= 0) {
        // not a placeholder (Sentinel's pattern excludes braces): keep the first brace as text
        out.append(format, position, open + 1);
        position = open + 1;
        continue;
      }
      out.append(format, position, open);
      out.append(ValueText.of(row.get(inner.trim())));
      position = close + 2;
    }
    return out.toString();
  }
}
