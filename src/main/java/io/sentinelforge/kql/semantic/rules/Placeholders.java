package io.sentinelforge.kql.semantic.rules;

import java.util.ArrayList;
import java.util.List;

/** The {@code {{Column}}} placeholders of an alert display name or description format. */
final class Placeholders {

  private Placeholders() {}

  static List<String> columns(String format) {
    List<String> columns = new ArrayList<>();
    if (format == null) {
      return columns;
    }
    int from = 0;
    while (true) {
      int open = format.indexOf("{{", from);
      int close = open < 0 ? -1 : format.indexOf("}}", open + 2);
      if (close < 0) {
        return columns;
      }
      columns.add(format.substring(open + 2, close).trim());
      from = close + 2;
    }
  }
}
