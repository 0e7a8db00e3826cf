package io.sentinelforge.kql.syntax;

import java.util.List;
import java.util.Set;

/**
 * Prints syntax trees back to KQL text. Parsing the printed text gives the same tree (spans aside):
 * grouping is kept by {@link ParenthesizedExpression} nodes and literals keep their source text.
 */
public final class KqlPrinter {

  /** Words that cannot be plain names; such names are printed as {@code ['word']}. */
  private static final Set<String> RESERVED =
      Set.of(
          "let",
          "and",
          "or",
          "in",
          "between",
          "true",
          "false",
          "dynamic",
          "typeof",
          "mvexpand",
          "has",
          "has_cs",
          "hasprefix",
          "hasprefix_cs",
          "hassuffix",
          "hassuffix_cs",
          "contains",
          "contains_cs",
          "startswith",
          "startswith_cs",
          "endswith",
          "endswith_cs",
          "has_any",
          "has_all",
          "union",
          "datatable",
          "externaldata",
          "print",
          "search",
          "find",
          "evaluate");

  private KqlPrinter() {}

  /** KQL text for a whole query. */
  public static String print(Query query) {
    PrintContext context = new PrintContext();
    context.statements(query.statements(), ";\n");
    return context.text();
  }

  /** KQL text for an expression (scalar or tabular). */
  public static String print(Expression expression) {
    PrintContext context = new PrintContext();
    context.expression(expression);
    return context.text();
  }

  /** KQL text for one query operator (without a leading pipe). */
  public static String print(QueryOperator operator) {
    PrintContext context = new PrintContext();
    context.operator(operator);
    return context.text();
  }

  /** A name as KQL writes it: plain when possible, else bracketed and quoted. */
  public static String name(String name) {
    if (isPlain(name) && !RESERVED.contains(name)) {
      return name;
    }
    return "[" + KqlStrings.quote(name) + "]";
  }

  /** A name that may hold {@code *} wildcards (column and table patterns). */
  static String pattern(String name) {
    return name.contains("*") && name.chars().allMatch(c -> c == '*' || isWordChar(c))
        ? name
        : name(name);
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || !name.chars().allMatch(c -> isWordChar(c) || c == '$')) {
      return false;
    }
    int firstLetter = 0;
    while (firstLetter < name.length() && Character.isDigit(name.charAt(firstLetter))) {
      firstLetter++;
    }
    boolean dollarOnlyFirst = name.indexOf('$', 1) < 0;
    return firstLetter < name.length()
        && !Character.isDigit(name.charAt(firstLetter))
        && dollarOnlyFirst
        && (firstLetter == 0 || name.charAt(firstLetter) != '$');
  }

  private static boolean isWordChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  static String join(List<String> names) {
    return String.join(", ", names.stream().map(KqlPrinter::name).toList());
  }
}
