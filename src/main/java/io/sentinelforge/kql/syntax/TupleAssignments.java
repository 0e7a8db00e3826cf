package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Columns of an expression that returns several values at once ({@code array_sort_asc(a, b)}
 * returns one array per argument): a tuple assignment {@code (x, y) = f(...)} names them, otherwise
 * KQL generates {@code <argument>_sorted} names ({@code array<i>_sorted} for an argument without a
 * name), as Kusto's own analyzer does. Each value becomes an index into the call's array of
 * results.
 */
public final class TupleAssignments {

  private static final Set<String> SORTING = Set.of("array_sort_asc", "array_sort_desc");

  /**
   * Functions returning several values whose columns are not modelled here: a tuple names them, and
   * the item stays one part that callers bind leniently (the evaluator reports it unsupported).
   */
  private static final Set<String> OTHER_MULTI_VALUED =
      Set.of(
          "series_fit_line",
          "series_fit_2lines",
          "series_fit_poly",
          "series_decompose",
          "series_decompose_anomalies",
          "series_periods_detect",
          "series_periods_validate",
          "series_stats");

  private TupleAssignments() {}

  /**
   * One output column: its name (null when the operator names it), its value, and whether the name
   * was generated (a generated name that is taken gets a number appended).
   */
  public record Part(String name, Expression value, boolean generatedName) {}

  /**
   * The columns a list item stands for, or a problem when names and values do not match.
   *
   * @param problem null when the expansion is valid
   */
  public record Expansion(List<Part> parts, String problem) {}

  /**
   * Expands one item of a print/extend/project/summarize-by list.
   *
   * @param isBoolean whether an argument is a bool (array_sort's optional last {@code nulls_last})
   */
  public static Expansion expand(Expression item, Predicate<Expression> isBoolean) {
    List<String> names = item instanceof NamedExpression named ? named.names() : List.of();
    Expression value = item instanceof NamedExpression named ? named.value() : item;
    List<String> generated = generatedNames(value, isBoolean);
    if (generated.isEmpty()) {
      return names.size() > 1 && !isOtherMultiValued(value)
          ? new Expansion(List.of(), "the expression does not have multiple named values")
          : new Expansion(
              List.of(new Part(names.isEmpty() ? null : names.get(0), value, false)), null);
    }
    if (names.size() > generated.size()) {
      return new Expansion(List.of(), "the name does not have a corresponding expression");
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      Literal index = new Literal(LiteralKind.LONG, Integer.toString(i), value.span());
      String name = i < names.size() ? names.get(i) : generated.get(i);
      parts.add(new Part(name, new IndexAccess(value, index, value.span()), i >= names.size()));
    }
    return new Expansion(parts, null);
  }

  /** The generated names of a call with several results; empty for a single-valued expression. */
  static List<String> generatedNames(Expression value, Predicate<Expression> isBoolean) {
    if (!(value instanceof FunctionCall call) || !SORTING.contains(call.name())) {
      return List.of();
    }
    List<Expression> arrays = call.arguments();
    if (!arrays.isEmpty() && isBoolean.test(arrays.get(arrays.size() - 1))) {
      arrays = arrays.subList(0, arrays.size() - 1);
    }
    if (arrays.size() < 2) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < arrays.size(); i++) {
      String argument = argumentName(arrays.get(i));
      names.add((argument == null ? "array" + i : argument) + "_sorted");
    }
    return names;
  }

  /**
   * Whether {@code value} calls a function with several results that this class does not spread.
   */
  public static boolean isOtherMultiValued(Expression value) {
    return value instanceof FunctionCall call && OTHER_MULTI_VALUED.contains(call.name());
  }

  private static String argumentName(Expression argument) {
    if (argument instanceof NameReference name) {
      return name.name();
    }
    if (argument instanceof PropertyAccess property) {
      String target = argumentName(property.target());
      return target == null ? null : target + "_" + property.name();
    }
    return null;
  }

  /** Whether an argument is written as a bool literal ({@code true}, {@code false}, bool(...)). */
  public static boolean isBooleanLiteral(Expression argument) {
    return argument instanceof Literal literal && literal.kind() == LiteralKind.BOOL;
  }
}
