package io.sentinelforge.eval.operator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the values of known keys in {@code key=value} text for {@code parse-kv}. */
final class KeyValueScanner {

  private final List<String> keys;
  private final String pairDelimiter;
  private final String kvDelimiter;
  private final char open;
  private final char close;
  private final String escape;
  private final boolean greedy;

  KeyValueScanner(
      List<String> keys,
      String pairDelimiter,
      String kvDelimiter,
      String quotes,
      String escape,
      boolean greedy) {
    this.keys = keys;
    this.pairDelimiter = pairDelimiter;
    this.kvDelimiter = kvDelimiter;
    this.open = quotes.isEmpty() ? 0 : quotes.charAt(0);
    this.close = quotes.isEmpty() ? 0 : quotes.charAt(quotes.length() - 1);
    this.escape = escape;
    this.greedy = greedy;
  }

  Map<String, String> scan(String text) {
    Map<String, String> values = new HashMap<>();
    for (String key : keys) {
      int start = valueStart(text, key);
      if (start >= 0) {
        values.put(key, value(text, start));
      }
    }
    return values;
  }

  /** Where the value of {@code key} starts, or -1; the key may be quoted. */
  private int valueStart(String text, String key) {
    String[] spellings = open == 0 ? new String[] {key} : new String[] {open + key + close, key};
    for (String spelling : spellings) {
      int from = 0;
      while (true) {
        int at = text.indexOf(spelling, from);
        if (at < 0) {
          break;
        }
        boolean startsToken =
            at == 0
                || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '_';
        int after = skipSpaces(text, at + spelling.length());
        if (startsToken && text.startsWith(kvDelimiter, after)) {
          return skipSpaces(text, after + kvDelimiter.length());
        }
        from = at + 1;
      }
    }
    return -1;
  }

  private String value(String text, int start) {
    if (open != 0 && start < text.length() && text.charAt(start) == open) {
      StringBuilder value = new StringBuilder();
      for (int i = start + 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!escape.isEmpty() && escape.indexOf(c) >= 0 && i + 1 < text.length()) {
          value.append(text.charAt(++i));
        } else if (c == close) {
          return value.toString();
        } else {
          value.append(c);
        }
      }
      return value.toString();
    }
    int end = greedy ? nextPair(text, start) : text.indexOf(pairDelimiter, start);
    return (end < 0 ? text.substring(start) : text.substring(start, end)).trim();
  }

  /** Start of the next {@code <pair delimiter>key<kv delimiter>}, or -1. */
  private int nextPair(String text, int from) {
    int at = text.indexOf(pairDelimiter, from);
    while (at >= 0) {
      int tokenStart = at + pairDelimiter.length();
      int tokenEnd = tokenStart;
      while (tokenEnd < text.length()
          && text.indexOf(pairDelimiter, tokenEnd) != tokenEnd
          && !text.startsWith(kvDelimiter, tokenEnd)) {
        tokenEnd++;
      }
      if (tokenEnd > tokenStart && text.startsWith(kvDelimiter, tokenEnd)) {
        return at;
      }
      at = text.indexOf(pairDelimiter, at + 1);
    }
    return -1;
  }

  private static int skipSpaces(String text, int index) {
    int i = index;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
