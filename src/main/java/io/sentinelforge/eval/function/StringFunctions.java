package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.integer;
import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** String functions: {@code strcat}, {@code substring}, {@code split}, {@code strlen}, … */
final class StringFunctions {

  private static final int MAX_STRCAT_ARGUMENTS = 64;

  private StringFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("strcat", 1, MAX_STRCAT_ARGUMENTS, (c, a) -> Values.of(join("", a)));
    registry.scalar(
        "strcat_delim",
        3,
        MAX_STRCAT_ARGUMENTS + 1,
        (c, a) -> Values.of(join(text(a, 0), a.subList(1, a.size()))));
    registry.scalar("strcat_array", 2, 2, (c, a) -> strcatArray(a));
    registry.fixed(
        "strlen", 1, a -> Values.of((long) text(a, 0).codePointCount(0, text(a, 0).length())));
    registry.fixed("string_size", 1, a -> Values.of((long) utf8Length(text(a, 0))));
    registry.fixed("tolower", 1, a -> Values.of(text(a, 0).toLowerCase(Locale.ROOT)));
    registry.fixed("toupper", 1, a -> Values.of(text(a, 0).toUpperCase(Locale.ROOT)));
    registry.fixed(
        "reverse", 1, a -> Values.of(new StringBuilder(text(a, 0)).reverse().toString()));
    registry.scalar("substring", 2, 3, (c, a) -> substring(a));
    registry.scalar("split", 2, 3, (c, a) -> split(a));
    registry.fixed(
        "replace_string", 3, a -> Values.of(replace(text(a, 0), text(a, 1), text(a, 2))));
    registry.scalar("strrep", 2, 3, (c, a) -> strrep(a));
    registry.fixed("isascii", 1, a -> Values.of(text(a, 0).chars().allMatch(ch -> ch < 128)));
    registry.fixed("isutf8", 1, a -> Values.TRUE);
    TextSearchFunctions.register(registry);
    RegexFunctions.register(registry);
  }

  private static String join(String delimiter, List<Value> arguments) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(text(arguments, i));
    }
    return out.toString();
  }

  private static Value strcatArray(List<Value> arguments) {
    List<Value> elements = Arguments.array(arguments, 0);
    return elements == null ? Values.EMPTY_STRING : Values.of(join(text(arguments, 1), elements));
  }

  private static int utf8Length(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static Value substring(List<Value> arguments) {
    String source = text(arguments, 0);
    Long start = integer(arguments, 1);
    Long length = integer(arguments, 2, (long) source.length());
    if (start == null || length == null) {
      return Values.EMPTY_STRING;
    }
    long from = Math.max(0, Math.min(start, source.length()));
    long to = Math.max(from, Math.min(source.length(), from + Math.max(0, length)));
    return Values.of(source.substring((int) from, (int) to));
  }

  private static Value split(List<Value> arguments) {
    String source = text(arguments, 0);
    String delimiter = text(arguments, 1);
    List<Value> parts = new ArrayList<>();
    if (delimiter.isEmpty()) {
      parts.add(Values.of(source));
    } else {
      int from = 0;
      for (int at = source.indexOf(delimiter); at >= 0; at = source.indexOf(delimiter, from)) {
        parts.add(Values.of(source.substring(from, at)));
        from = at + delimiter.length();
      }
      parts.add(Values.of(source.substring(from)));
    }
    if (arguments.size() < 3) {
      return Values.array(parts);
    }
    Long index = integer(arguments, 2);
    if (index == null || index < 0 || index >= parts.size()) {
      return Values.array(List.of());
    }
    return Values.array(List.of(parts.get(index.intValue())));
  }

  static String replace(String source, String lookup, String rewrite) {
    return lookup.isEmpty() ? source : source.replace(lookup, rewrite);
  }

  private static Value strrep(List<Value> arguments) {
    Long times = integer(arguments, 1);
    if (times == null || times < 0) {
      return Values.EMPTY_STRING;
    }
    String delimiter = text(arguments, 2, "");
    List<Value> copies = new ArrayList<>();
    for (long i = 0; i < Math.min(times, 1024); i++) {
      copies.add(arguments.get(0));
    }
    return Values.of(join(delimiter, copies));
  }

  static ArrayValue strings(List<String> texts) {
    List<Value> values = new ArrayList<>(texts.size());
    texts.forEach(t -> values.add(Values.of(t)));
    return Values.array(values);
  }
}
