package io.sentinelforge.content;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replaces the tokens a workbook or a Logic App fills in at run time ({@code {TimeRange}},
 * {@code @{items('x')}}) with typed placeholder KQL, so the query can be checked like a rule's; the
 * result's source map still points at the YAML file (a diagnostic inside a placeholder points at
 * its token).
 */
public final class QueryPlaceholders {

  /** The placeholder time range: any valid window will do. */
  static final String START = "datetime(2026-01-01T00:00:00Z)";

  static final String END = "datetime(2026-01-02T00:00:00Z)";
  private static final Pattern WORKBOOK_TOKEN =
      Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z]+))?\\}");
  private static final Pattern LOGIC_APP_TOKEN = Pattern.compile("@\\{[^}]*\\}");

  private QueryPlaceholders() {}

  /** A workbook query with its {@code {Parameter}} tokens replaced by typed placeholders. */
  public static QueryText workbook(QueryText query, List<WorkbookParameter> parameters) {
    Map<String, WorkbookParameter> byName =
        parameters.stream()
            .filter(p -> p.name() != null && p.type() != null)
            .collect(Collectors.toMap(WorkbookParameter::name, p -> p, (a, b) -> a));
    return replace(
        query,
        WORKBOOK_TOKEN,
        matcher -> {
          WorkbookParameter parameter = byName.get(matcher.group(1));
          return parameter == null ? null : placeholder(parameter, matcher.group(2));
        });
  }

  /** A Logic App action's query with its {@code @{...}} interpolations replaced by text. */
  public static QueryText logicApp(QueryText query) {
    return replace(query, LOGIC_APP_TOKEN, matcher -> "placeholder");
  }

  private static String placeholder(WorkbookParameter parameter, String part) {
    switch (parameter.type()) {
      case "timeRange":
        if ("start".equals(part)) {
          return START;
        }
        if ("end".equals(part)) {
          return END;
        }
        if ("grain".equals(part)) {
          return "1h";
        }
        return part == null ? "between (" + START + " .. " + END + ")" : "placeholder";
      case "dropdown":
        return parameter.multiSelect() && part == null ? "'placeholder'" : "placeholder";
      default:
        return "placeholder";
    }
  }

  /** One replaced token: offsets in the new text and in the original. */
  private record Replacement(int newStart, int newEnd, int oldStart, int oldEnd) {}

  private static QueryText replace(
      QueryText query, Pattern token, Function<Matcher, String> placeholderOf) {
    String text = query.text();
    StringBuilder out = new StringBuilder();
    List<Replacement> replacements = new ArrayList<>();
    Matcher matcher = token.matcher(text);
    int copied = 0;
    while (matcher.find()) {
      String placeholder = placeholderOf.apply(matcher);
      if (placeholder == null) {
        continue;
      }
      out.append(text, copied, matcher.start());
      int newStart = out.length();
      out.append(placeholder);
      replacements.add(new Replacement(newStart, out.length(), matcher.start(), matcher.end()));
      copied = matcher.end();
    }
    if (replacements.isEmpty()) {
      return query;
    }
    out.append(text.substring(copied));
    return new QueryText(
        out.toString(), (start, end) -> mapBack(query, replacements, start, end), query.span());
  }

  private static SourceSpan mapBack(
      QueryText query, List<Replacement> replacements, int start, int end) {
    return query
        .sourceMap()
        .map(
            original(replacements, start),
            Math.max(original(replacements, start), original(replacements, end)));
  }

  private static int original(List<Replacement> replacements, int offset) {
    int shift = 0;
    for (Replacement r : replacements) {
      if (offset < r.newStart()) {
        break;
      }
      if (offset < r.newEnd()) {
        return r.oldStart();
      }
      shift = r.oldEnd() - r.newEnd();
    }
    return offset + shift;
  }
}
