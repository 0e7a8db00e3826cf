package io.sentinelforge.eval.operator;

import com.google.re2j.Pattern;
import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.ParsePatternElement;
import java.util.List;

/** Compiles a parse pattern into one RE2 expression, collecting its capturing columns in order. */
final class ParsePatterns {

  private ParsePatterns() {}

  static Pattern compile(
      List<ParsePatternElement> pattern,
      String kind,
      String flags,
      List<ParsePatternElement> columns) {
    boolean regex = kind.equals("regex");
    StringBuilder expression = new StringBuilder("^");
    int lastColumn = -1;
    for (int i = 0; i < pattern.size(); i++) {
      if (pattern.get(i).kind() == ParsePatternElement.Kind.COLUMN) {
        lastColumn = i;
      }
    }
    boolean endsWithColumn = lastColumn == pattern.size() - 1;
    for (int i = 0; i < pattern.size(); i++) {
      ParsePatternElement element = pattern.get(i);
      switch (element.kind()) {
        case WILDCARD:
          expression.append(".*?");
          break;
        case TEXT:
          String text = KqlStrings.value(element.text().text());
          expression.append(regex ? text : Pattern.quote(text));
          break;
        default:
          columns.add(element);
          expression.append(capture(element, regex, i == lastColumn && endsWithColumn));
          break;
      }
    }
    try {
      return Pattern.compile(expression.toString(), flags(flags));
    } catch (RuntimeException bad) {
      throw new EvaluationException("bad parse pattern: " + bad.getMessage());
    }
  }

  private static String capture(ParsePatternElement column, boolean regex, boolean last) {
    String type =
        column.columnType() == null
            ? "string"
            : column.columnType().toLowerCase(java.util.Locale.ROOT);
    if (!regex && (type.equals("long") || type.equals("int"))) {
      return "(-?\\d+)";
    }
    if (!regex && (type.equals("real") || type.equals("double"))) {
      return "(-?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?)";
    }
    return last || regex ? "(.*)" : "(.*?)";
  }

  private static int flags(String flags) {
    int result = 0;
    if (flags.contains("i")) {
      result |= Pattern.CASE_INSENSITIVE;
    }
    if (flags.contains("s")) {
      result |= Pattern.DOTALL;
    }
    if (flags.contains("m")) {
      result |= Pattern.MULTILINE;
    }
    return result;
  }
}
