package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.integer;
import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.KqlType;
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

  private static Value indexOf(List<Value> arguments) {
    String source = text(arguments, 0);
    String lookup = text(arguments, 1);
    Long start = integer(arguments, 2, 0L);
    Long length = integer(arguments, 3, -1L);
    Long occurrence = integer(arguments, 4, 1L);
    if (start == null || length == null || occurrence == null || occurrence <= 0) {
      return Values.nullOf(KqlType.LONG);
    }
    if (start < 0) {
      start = Math.max(0, source.length() + start);
    }
    if (start > source.length()) {
      return Values.of(-1L);
    }
    int end = length < 0 ? source.length() : (int) Math.min(source.length(), start + length);
    int from = start.intValue();
    int found = -1;
    for (long seen = 0; seen < occurrence; seen++) {
      found = source.indexOf(lookup, from);
      if (found < 0 || found + lookup.length() > end) {
        return Values.of(-1L);
      }
      from = found + 1;
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

  private static Value replaceStrings(List<Value> arguments) {
    List<Value> lookups = Arguments.array(arguments, 1);
    List<Value> rewrites = Arguments.array(arguments, 2);
    String source = text(arguments, 0);
    if (lookups == null || rewrites == null) {
      return Values.of(source);
    }
    // All lookups are matched against the original text at once, leftmost first, longest on ties.
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < source.length()) {
      int best = -1;
      for (int i = 0; i < lookups.size(); i++) {
        String lookup = lookups.get(i).toKqlString();
        if (!lookup.isEmpty()
            && source.startsWith(lookup, at)
            && (best < 0 || lookup.length() > lookups.get(best).toKqlString().length())) {
          best = i;
        }
      }
      if (best < 0) {
        out.append(source.charAt(at++));
      } else {
        out.append(best < rewrites.size() ? rewrites.get(best).toKqlString() : "");
        at += lookups.get(best).toKqlString().length();
      }
    }
    return Values.of(out.toString());
  }
}
