package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionParameter;
import io.sentinelforge.kql.syntax.LetStatement;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.Statement;
import java.util.List;

/**
 * Calls of functions defined with {@code let f = (a:int, b:string = "x") { body }}: arguments bind
 * by position, missing ones take their defaults, a tabular parameter binds a table; the body's
 * {@code let}s run in a new scope nested in the defining one, its last statement is the result.
 */
public final class UserFunctions {

  private UserFunctions() {}

  /** A call in scalar position: per-row arguments become per-row bindings. */
  static Column callScalar(
      ColumnEvaluator caller, Binding.Function function, List<Expression> arguments) {
    Environment body = bind(caller, function, arguments);
    Expression result = resultOf(function, body, caller.input());
    return result.accept(new ColumnEvaluator(caller.input(), body));
  }

  /** A call in tabular position (also {@code T | invoke f(...)} with T as the first argument). */
  public static Table callTabular(
      Environment caller, Binding.Function function, List<Expression> arguments, Table piped) {
    Table oneRow = Table.empty(List.of()).select(new int[1], 1);
    ColumnEvaluator evaluator = new ColumnEvaluator(oneRow, caller);
    Environment body = new Environment(function.scope().child(), caller.context());
    List<FunctionParameter> parameters = function.definition().parameters();
    int offset = 0;
    if (piped != null) {
      if (parameters.isEmpty()) {
        throw new EvaluationException(
            "function '" + function.name() + "' takes no table to invoke on");
      }
      body.scope().bind(parameters.get(0).name(), new Binding.Tabular(() -> piped));
      offset = 1;
    }
    Expression[] byPosition =
        ordered(function, parameters.subList(offset, parameters.size()), arguments);
    for (int p = offset; p < parameters.size(); p++) {
      bindParameter(evaluator, body, parameters.get(p), byPosition[p - offset], function);
    }
    return body.table(resultOf(function, body, null));
  }

  private static Environment bind(
      ColumnEvaluator caller, Binding.Function function, List<Expression> arguments) {
    Environment body = new Environment(function.scope().child(), caller.environment().context());
    List<FunctionParameter> parameters = function.definition().parameters();
    if (arguments.size() > parameters.size()) {
      throw new EvaluationException(
          "function '" + function.name() + "' takes " + parameters.size() + " arguments");
    }
    Expression[] byPosition = ordered(function, parameters, arguments);
    for (int p = 0; p < parameters.size(); p++) {
      bindParameter(caller, body, parameters.get(p), byPosition[p], function);
    }
    return body;
  }

  /** Arguments by parameter position: positional ones first, then {@code name = value} ones. */
  private static Expression[] ordered(
      Binding.Function function, List<FunctionParameter> parameters, List<Expression> arguments) {
    Expression[] byPosition = new Expression[parameters.size()];
    int next = 0;
    for (Expression argument : arguments) {
      if (argument instanceof NamedExpression named && named.names().size() == 1) {
        int index = -1;
        for (int p = 0; p < parameters.size(); p++) {
          if (parameters.get(p).name().equals(named.names().get(0))) {
            index = p;
          }
        }
        if (index < 0) {
          throw new EvaluationException(
              "function '" + function.name() + "' has no parameter '" + named.names().get(0) + "'");
        }
        byPosition[index] = named.value();
      } else {
        while (next < byPosition.length && byPosition[next] != null) {
          next++;
        }
        if (next >= byPosition.length) {
          throw new EvaluationException(
              "function '" + function.name() + "' takes " + parameters.size() + " arguments");
        }
        byPosition[next++] = argument;
      }
    }
    return byPosition;
  }

  private static void bindParameter(
      ColumnEvaluator caller,
      Environment body,
      FunctionParameter parameter,
      Expression argument,
      Binding.Function function) {
    if (parameter.tabularSchema() != null) {
      if (argument == null) {
        throw new EvaluationException(
            "function '" + function.name() + "' needs table '" + parameter.name() + "'");
      }
      Table table = caller.environment().table(argument);
      body.scope().bind(parameter.name(), new Binding.Tabular(() -> table));
      return;
    }
    Column column;
    if (argument != null) {
      column = caller.evaluate(argument);
    } else if (parameter.defaultValue() != null) {
      column = parameter.defaultValue().accept(new ColumnEvaluator(caller.input(), body));
    } else {
      throw new EvaluationException(
          "function '" + function.name() + "' is missing argument '" + parameter.name() + "'");
    }
    if (column instanceof ConstantColumn) {
      body.scope().bind(parameter.name(), new Binding.Scalar(CellValues.get(column, 0)));
    } else {
      body.scope().bind(parameter.name(), new Binding.PerRow(column));
    }
  }

  /**
   * Runs the body's statements; with {@code rows} (a call in scalar position) a scalar {@code let}
   * is evaluated per row, since it may use per-row parameters.
   */
  private static Expression resultOf(Binding.Function function, Environment body, Table rows) {
    List<Statement> statements = function.definition().body().statements();
    Expression result = null;
    for (Statement statement : statements) {
      if (rows != null
          && statement instanceof LetStatement let
          && !(let.value() instanceof io.sentinelforge.kql.syntax.FunctionDefinition)
          && !Statements.isTabular(let.value(), body)) {
        Column column = let.value().accept(new ColumnEvaluator(rows, body));
        body.scope()
            .bind(
                let.name(),
                column instanceof ConstantColumn
                    ? new Binding.Scalar(CellValues.get(column, 0))
                    : new Binding.PerRow(column));
        result = null;
        continue;
      }
      result = Statements.run(statement, body);
    }
    if (result == null) {
      throw new EvaluationException("function '" + function.name() + "' has no result expression");
    }
    return result;
  }
}
