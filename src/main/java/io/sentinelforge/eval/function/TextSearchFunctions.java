package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.integer;
import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** {@code indexof}, {@code countof}, {@code replace_strings}. */
final class TextSearchFunctions {

  private TextSearchFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("indexof", 2, 5, (c, a) -> indexOf(a));
    registry.scalar("countof", 2, 3, (c, a) -> countOf(a));
    registry.fixed("replace_strings", 3, TextSearchFunctions::replaceStrings);
  }

  /**
   * {@code indexof(source, lookup [, start [, length [, occurrence]]])}: each search looks at
   * {@code length} characters from its start (the first at {@code start}, each later one just after
   * the previous match), as .NET's IndexOf(value, start, count) repeated.
   */
  private static Value indexOf(List<Value> arguments) {
    String source = text(arguments, 0);
    String lookup = text(arguments, 1);
    Long start = integer(arguments, 2, 0L);
    Long length = integer(arguments, 3, -1L);
    Long occurrence = integer(arguments, 4, 1L);
    if (start == null || length == null || occurrence == null || occurrence <= 0) {
      return Values.nullOf(KqlType.LONG);
    }
    long from = start < 0 ? Math.max(0, source.length() + start) : start;
    if (from > source.length()) {
      return Values.of(-1L);
    }
    int found = -1;
    for (long seen = 0; seen < occurrence; seen++) {
      long end = length < 0 ? source.length() : Math.min(source.length(), from + length);
      found = source.indexOf(lookup, (int) from);
      if (found < 0 || found + lookup.length() > end) {
        return Values.of(-1L);
      }
      from = found + 1L;
    }
    return Values.of((long) found);
  }

  private static Value countOf(List<Value> arguments) {
    String source = text(arguments, 0);
    String search = text(arguments, 1);
    String kind = text(arguments, 2, "normal");
    if (search.isEmpty()) {
      return Values.of(0L);
    }
    if (kind.equals("regex")) {
      com.google.re2j.Matcher matcher =
          io.sentinelforge.eval.scalar.Regexes.compile(search).matcher(source);
      long count = 0;
      while (matcher.find()) {
        count++;
      }
      return Values.of(count);
    }
    long count = 0;
    for (int at = source.indexOf(search); at >= 0; at = source.indexOf(search, at + 1)) {
      count++;
    }
    return Values.of(count);
  }

  /**
   * {@code replace_strings(text, lookups, rewrites)}: each lookup, in list order, claims its
   * non-overlapping occurrences in the original text that no earlier lookup claimed; a lookup whose
   * rewrite is not a string keeps its matches unchanged. (This reproduces the reference's
   * examples.)
   */
  private static Value replaceStrings(List<Value> arguments) {
    List<Value> lookups = Arguments.array(arguments, 1);
    List<Value> rewrites = Arguments.array(arguments, 2);
    String source = text(arguments, 0);
    if (lookups == null || rewrites == null) {
      return Values.of(source);
    }
    String[] replacement = new String[source.length()];
    int[] claimedLength = new int[source.length()];
    boolean[] claimed = new boolean[source.length()];
    for (int i = 0; i < lookups.size() && i < rewrites.size(); i++) {
      String lookup = lookups.get(i).toKqlString();
      if (lookup.isEmpty()) {
        continue;
      }
      // A rewrite that is not a string claims its matches but leaves them as they are.
      String rewrite = rewrites.get(i) instanceof StringValue text ? text.value() : null;
      for (int at = source.indexOf(lookup); at >= 0; at = source.indexOf(lookup, at + 1)) {
        if (free(claimed, at, lookup.length())) {
          java.util.Arrays.fill(claimed, at, at + lookup.length(), true);
          replacement[at] = rewrite != null ? rewrite : lookup;
          claimedLength[at] = lookup.length();
          at += lookup.length() - 1;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int at = 0; at < source.length(); ) {
      if (replacement[at] != null) {
        out.append(replacement[at]);
        at += claimedLength[at];
      } else {
        out.append(source.charAt(at++));
      }
    }
    return Values.of(out.toString());
  }

  private static boolean free(boolean[] claimed, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (claimed[i]) {
        return false;
      }
    }
    return true;
  }
}
