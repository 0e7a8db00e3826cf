package io.sentinelforge.eval.operator;

import com.google.re2j.Pattern;
import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.ParsePatternElement;
import java.util.List;
import java.util.Locale;

/**
 * Compiles a parse pattern into one RE2 expression, collecting its capturing columns in order. Our
 * captures are named ({@code c0}, {@code c1}…) so groups inside a user's regex do not shift them;
 * flags ({@code i m s U}) go inline so RE2's ungreedy {@code U} works too.
 */
final class ParsePatterns {

  private ParsePatterns() {}

  static Pattern compile(
      List<ParsePatternElement> pattern,
      String kind,
      String flags,
      List<ParsePatternElement> columns) {
    boolean regex = kind.equals("regex");
    StringBuilder expression = new StringBuilder();
    String inline = inlineFlags(flags);
    if (!inline.isEmpty()) {
      expression.append("(?").append(inline).append(')');
    }
    expression.append('^');
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
          expression.append(
              capture(element, regex, i == lastColumn && endsWithColumn, columns.size()));
          columns.add(element);
          break;
      }
    }
    try {
      return Pattern.compile(expression.toString());
    } catch (RuntimeException bad) {
      throw new EvaluationException("bad parse pattern: " + bad.getMessage());
    }
  }

  private static String capture(
      ParsePatternElement column, boolean regex, boolean last, int index) {
    String type =
        column.columnType() == null ? "string" : column.columnType().toLowerCase(Locale.ROOT);
    String body;
    if (type.equals("long") || type.equals("int")) {
      body = "-?\\d+";
    } else if (type.equals("real") || type.equals("double")) {
      body = "-?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?";
    } else {
      // Simple mode captures lazily up to the next text; regex mode is greedy unless flag U.
      body = last || regex ? ".*" : ".*?";
    }
    return "(?P<c" + index + ">" + body + ")";
  }

  private static String inlineFlags(String flags) {
    StringBuilder inline = new StringBuilder();
    for (char flag : flags.toCharArray()) {
      if ("imsU".indexOf(flag) >= 0 && inline.indexOf(String.valueOf(flag)) < 0) {
        inline.append(flag);
      }
    }
    return inline.toString();
  }
}
