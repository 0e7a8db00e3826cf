package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.function.ScalarFunction;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls in scalar position: user functions from {@code let}, the evaluator's own forms ({@code
 * toscalar}, {@code column_ifexists}, {@code column_names_of}, window functions, a fast {@code
 * bin}), then the registry. A name found nowhere is unsupported, never guessed.
 */
final class FunctionCalls {

  private FunctionCalls() {}

  static Column call(ColumnEvaluator evaluator, FunctionCall node) {
    String name = node.name();
    Environment environment = evaluator.environment();
    Binding binding = environment.scope().lookup(name);
    if (binding instanceof Binding.Function function) {
      return UserFunctions.callScalar(evaluator, function, node.arguments());
    }
    List<Expression> arguments = node.arguments();
    switch (name) {
      case "toscalar":
        return ListOperations.scalarOfTable(evaluator, environment.table(arguments.get(0)));
      case "column_ifexists":
        return columnIfExists(evaluator, arguments);
      case "column_names_of":
        return columnNamesOf(evaluator, arguments);
      case "assert":
        Column checked = constantAssertion(evaluator, arguments);
        if (checked != null) {
          return checked;
        }
        break;
      case "pack_all":
      case "bag_pack_columns":
        return RowBags.call(evaluator, name, arguments);
      case "row_number":
      case "prev":
      case "next":
      case "row_cumsum":
      case "row_window_session":
      case "row_rank_min":
      case "row_rank_dense":
        return WindowFunctions.call(evaluator, name, arguments);
      case "bin":
      case "floor":
        Column binned = arguments.size() == 2 ? FastBin.tryApply(evaluator, arguments) : null;
        if (binned != null) {
          return binned;
        }
        break;
      default:
        break;
    }
    ScalarFunction function = environment.context().registry().scalar(name).orElse(null);
    if (function == null) {
      if (environment.context().registry().aggregate(name).isPresent()) {
        throw new EvaluationException("aggregate '" + name + "' can only be used in summarize");
      }
      throw UnsupportedFeatureException.function(name);
    }
    List<Column> columns = new ArrayList<>();
    for (Expression argument : arguments) {
      columns.add(evaluator.evaluate(argument));
    }
    var context = environment.context().functions();
    return RowWise.map(columns, values -> function.invoke(context, values), null, evaluator.rows());
  }

  /** {@code column_names_of(T)}: the names of a tabular expression's columns, as an array. */
  private static Column columnNamesOf(ColumnEvaluator evaluator, List<Expression> arguments) {
    if (arguments.size() != 1) {
      throw new EvaluationException("column_names_of() takes one tabular expression");
    }
    List<Value> names = new ArrayList<>();
    for (String name : evaluator.environment().table(arguments.get(0)).names()) {
      names.add(io.sentinelforge.eval.value.Values.of(name));
    }
    return ValueColumns.constant(io.sentinelforge.eval.value.Values.array(names), evaluator.rows());
  }

  /**
   * {@code assert} with constant arguments is checked once, even over no rows: the engine checks it
   * when it analyses the query (its reference shows a failure after a where that keeps nothing).
   */
  private static Column constantAssertion(ColumnEvaluator evaluator, List<Expression> arguments) {
    if (arguments.size() != 2) {
      return null;
    }
    Column condition = evaluator.evaluate(arguments.get(0));
    Column message = evaluator.evaluate(arguments.get(1));
    if (!(condition instanceof io.sentinelforge.eval.table.ConstantColumn)
        || !(message instanceof io.sentinelforge.eval.table.ConstantColumn)) {
      return null;
    }
    List<Value> values =
        List.of(
            io.sentinelforge.eval.table.CellValues.get(condition, 0),
            io.sentinelforge.eval.table.CellValues.get(message, 0));
    Value result =
        evaluator
            .environment()
            .context()
            .registry()
            .call("assert", evaluator.environment().context().functions(), values);
    return ValueColumns.constant(result, evaluator.rows());
  }

  private static Column columnIfExists(ColumnEvaluator evaluator, List<Expression> arguments) {
    if (arguments.size() != 2) {
      throw new EvaluationException("column_ifexists() takes a column name and a default");
    }
    Column nameColumn = evaluator.evaluate(arguments.get(0));
    if (!(nameColumn instanceof io.sentinelforge.eval.table.ConstantColumn)) {
      throw new EvaluationException("column_ifexists() needs a constant column name");
    }
    Value name = io.sentinelforge.eval.table.CellValues.get(nameColumn, 0);
    Column column = evaluator.input().column(name.toKqlString());
    return column != null ? column : evaluator.evaluate(arguments.get(1));
  }
}
