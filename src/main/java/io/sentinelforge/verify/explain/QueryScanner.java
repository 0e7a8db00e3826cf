package io.sentinelforge.verify.explain;

import java.util.List;

/**
 * Finds the top-level {@code ;} and {@code |} of a KQL text, skipping string literals (quoted,
 * verbatim, multi-line), comments and anything inside brackets.
 */
final class QueryScanner {

  private final String text;
  private int position;

  QueryScanner(String text) {
    this.text = text;
  }

  void scan(List<Integer> semicolons, List<Integer> pipes) {
    int depth = 0;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '/' && peek(1) == '/') {
        skipTo('\n');
      } else if (c == '`' && text.startsWith("```", position)) {
        skipPast("```", position + 3);
      } else if ((c == '@' || c == 'h' || c == 'H') && isQuote(peek(1)) && !identifierBefore()) {
        position++;
        skipString(c == '@');
      } else if (isQuote(c)) {
        skipString(false);
      } else {
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && c == ';') {
          semicolons.add(position);
        } else if (depth == 0 && c == '|') {
          pipes.add(position);
        }
        position++;
      }
    }
  }

  private void skipString(boolean verbatim) {
    char quote = text.charAt(position++);
    while (position < text.length()) {
      char c = text.charAt(position);
      if (!verbatim && c == '\\') {
        position += 2;
        continue;
      }
      position++;
      if (c == quote) {
        if (verbatim && position < text.length() && text.charAt(position) == quote) {
          position++;
          continue;
        }
        return;
      }
    }
  }

  private void skipTo(char end) {
    while (position < text.length() && text.charAt(position) != end) {
      position++;
    }
  }

  private void skipPast(String end, int from) {
    int found = text.indexOf(end, from);
    position = found < 0 ? text.length() : found + end.length();
  }

  private boolean identifierBefore() {
    return position > 0 && Character.isLetterOrDigit(text.charAt(position - 1));
  }

  private char peek(int ahead) {
    return position + ahead < text.length() ? text.charAt(position + ahead) : '\0';
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }
}
