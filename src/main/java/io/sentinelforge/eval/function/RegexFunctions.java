package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.integer;
import static io.sentinelforge.eval.function.Arguments.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.eval.scalar.Regexes;
import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Regex functions on RE2J: {@code extract}, {@code extract_all}, {@code replace_regex}, trims. */
final class RegexFunctions {

  private RegexFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("extract", 3, 4, (c, a) -> extract(a));
    registry.scalar("extract_all", 2, 3, (c, a) -> extractAll(a));
    registry.fixed("replace_regex", 3, a -> Values.of(replace(text(a, 0), text(a, 1), text(a, 2))));
    registry.fixed("replace", 3, a -> Values.of(replace(text(a, 2), text(a, 0), text(a, 1))));
    registry.fixed(
        "trim", 2, a -> Values.of(trimEnd(trimStart(text(a, 1), text(a, 0)), text(a, 0))));
    registry.fixed("trim_start", 2, a -> Values.of(trimStart(text(a, 1), text(a, 0))));
    registry.fixed("trim_end", 2, a -> Values.of(trimEnd(text(a, 1), text(a, 0))));
    registry.fixed("regex_quote", 1, a -> Values.of(Pattern.quote(text(a, 0))));
  }

  /**
   * {@code extract(regex, group, source [, typeName])}: the group's text, or the empty string when
   * nothing matches. The optional fourth argument is the target type name as a string.
   */
  private static Value extract(List<Value> arguments) {
    Matcher matcher = Regexes.compile(text(arguments, 0)).matcher(text(arguments, 2));
    Long group = integer(arguments, 1);
    KqlType type =
        arguments.size() > 3
            ? KqlType.fromName(text(arguments, 3)).orElse(KqlType.STRING)
            : KqlType.STRING;
    if (group == null || !matcher.find() || group > matcher.groupCount() || group < 0) {
      return Values.nullOf(type);
    }
    String found = matcher.group(group.intValue());
    return Conversions.to(type, Values.of(found == null ? "" : found));
  }

  private static Value extractAll(List<Value> arguments) {
    boolean withGroups = arguments.size() == 3;
    Pattern pattern = Regexes.compile(text(arguments, 0));
    Matcher matcher = pattern.matcher(text(arguments, withGroups ? 2 : 1));
    List<Integer> groups = selectedGroups(arguments, withGroups, matcher.groupCount());
    List<Value> matches = new ArrayList<>();
    while (matcher.find()) {
      if (groups.size() == 1) {
        matches.add(Values.of(orEmpty(matcher.group(groups.get(0)))));
      } else {
        List<Value> row = new ArrayList<>();
        for (int group : groups) {
          row.add(Values.of(orEmpty(matcher.group(group))));
        }
        matches.add(Values.array(row));
      }
    }
    return matches.isEmpty() ? Values.NULL_DYNAMIC : Values.array(matches);
  }

  private static List<Integer> selectedGroups(List<Value> arguments, boolean explicit, int count) {
    List<Integer> groups = new ArrayList<>();
    List<Value> listed = explicit ? Arguments.array(arguments, 1) : null;
    if (listed != null) {
      for (Value value : listed) {
        long group = Long.parseLong(value.toKqlString());
        if (group < 0 || group > count) {
          throw Arguments.invalid("extract_all", "capture group " + group + " does not exist");
        }
        groups.add((int) group);
      }
    } else if (count == 0) {
      groups.add(0);
    } else {
      for (int group = 1; group <= count; group++) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** {@code replace_regex}: every match replaced; {@code \1}…{@code \9} insert groups. */
  static String replace(String source, String regex, String rewrite) {
    Matcher matcher = Regexes.compile(regex).matcher(source);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      out.append(source, last, matcher.start());
      appendRewrite(out, rewrite, matcher);
      last = matcher.end();
      if (matcher.end() == matcher.start() && last >= source.length()) {
        break;
      }
    }
    out.append(source.substring(Math.min(last, source.length())));
    return out.toString();
  }

  private static void appendRewrite(StringBuilder out, String rewrite, Matcher matcher) {
    for (int i = 0; i < rewrite.length(); i++) {
      char c = rewrite.charAt(i);
      if (c == '\\' && i + 1 < rewrite.length() && Character.isDigit(rewrite.charAt(i + 1))) {
        int group = rewrite.charAt(++i) - '0';
        if (group <= matcher.groupCount()) {
          out.append(orEmpty(matcher.group(group)));
        }
      } else {
        out.append(c);
      }
    }
  }

  private static String trimStart(String source, String regex) {
    Matcher matcher = Regexes.compile("^(?:" + regex + ")+").matcher(source);
    return matcher.find() ? source.substring(matcher.end()) : source;
  }

  private static String trimEnd(String source, String regex) {
    Matcher matcher = Regexes.compile("(?:" + regex + ")+$").matcher(source);
    return matcher.find() ? source.substring(0, matcher.start()) : source;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
