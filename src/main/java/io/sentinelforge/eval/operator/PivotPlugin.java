package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.summarize.Aggregation;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code evaluate pivot(pivotColumn [, aggregation] [, column1, …])}: one output row per distinct
 * combination of the columns (default: every column but the pivot column and the aggregated ones),
 * one output column per distinct pivot value (first-seen order, named by its text), each cell the
 * aggregation (default {@code count()}) over that row's rows with that pivot value.
 */
final class PivotPlugin {

  private static final Set<String> AGGREGATES =
      Set.of(
          "min",
          "max",
          "take_any",
          "sum",
          "dcount",
          "avg",
          "stdev",
          "variance",
          "make_list",
          "make_bag",
          "make_set",
          "count");

  private PivotPlugin() {}

  /** The pivot table; {@link PivotCells} fills and shapes it. */
  static Table apply(Table input, List<Expression> arguments, Environment environment) {
    if (arguments.isEmpty() || !(arguments.get(0) instanceof NameReference pivot)) {
      throw new EvaluationException("pivot takes a pivot column first");
    }
    FunctionCall aggregation = new FunctionCall("count", List.of(), pivot.span());
    int firstColumn = 1;
    if (arguments.size() > 1 && arguments.get(1) instanceof FunctionCall call) {
      if (!AGGREGATES.contains(call.name())) {
        throw new UnsupportedFeatureException(
            "pivot " + call.name(), "pivot aggregation '" + call.name() + "' is not supported");
      }
      aggregation = call;
      firstColumn = 2;
    }
    List<String> keyNames = keyNames(input, pivot.name(), aggregation, arguments, firstColumn);
    List<NamedColumn> keys = new ArrayList<>();
    for (String name : keyNames) {
      keys.add(new NamedColumn(name, column(input, name)));
    }
    keys.add(new NamedColumn(pivot.name(), column(input, pivot.name())));
    List<String> groupNames = new ArrayList<>(keyNames);
    groupNames.add(pivot.name());
    Aggregation cell =
        new AggregateCalls(input, environment, groupNames).create(aggregation, List.of("\u0000"));
    Table grouped =
        Summarizer.summarize(input.rowCount(), keys, List.of(cell), environment.context().budget());
    return PivotCells.reshape(grouped, keyNames.size(), aggregation.name());
  }

  private static List<String> keyNames(
      Table input,
      String pivot,
      FunctionCall aggregation,
      List<Expression> arguments,
      int firstColumn) {
    List<String> names = new ArrayList<>();
    if (arguments.size() > firstColumn) {
      for (Expression argument : arguments.subList(firstColumn, arguments.size())) {
        if (!(argument instanceof NameReference name)) {
          throw new EvaluationException("pivot: the output columns must be column names");
        }
        names.add(name.name());
      }
      return names;
    }
    Set<String> aggregated = new LinkedHashSet<>();
    collectNames(aggregation, aggregated);
    for (String name : input.names()) {
      if (!name.equals(pivot) && !aggregated.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static void collectNames(SyntaxNode node, Set<String> names) {
    if (node instanceof NameReference name) {
      names.add(name.name());
    }
    for (SyntaxNode child : node.children()) {
      collectNames(child, names);
    }
  }

  private static Column column(Table input, String name) {
    Column column = input.column(name);
    if (column == null) {
      throw new EvaluationException("pivot: no column '" + name + "'");
    }
    return column;
  }

  /** The text a pivot value gives its column. */
  static String columnName(Value value) {
    return CellValues.cell(value) == null ? "" : value.toKqlString();
  }
}
