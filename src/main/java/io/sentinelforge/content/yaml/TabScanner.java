package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.LineIndex;
import java.util.ArrayList;
import java.util.List;

/** Finds tab characters in the indentation of lines; YAML forbids them there. */
final class TabScanner {

  private TabScanner() {}

  static List<Diagnostic> scan(String file, String text, LineIndex lines) {
    List<Diagnostic> found = new ArrayList<>();
    boolean atLineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        atLineStart = true;
      } else if (c == '\t' && atLineStart) {
        found.add(
            Diagnostic.error(
                YamlDocumentParser.TAB_INDENT,
                "tab character in indentation; YAML indents with spaces only",
                lines.span(file, i, i + 1)));
        atLineStart = false;
      } else if (c != ' ') {
        atLineStart = false;
      }
    }
    return found;
  }
}
