package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ExpressionStatement;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.FunctionDefinition;
import io.sentinelforge.kql.syntax.LetStatement;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import io.sentinelforge.kql.syntax.SetStatement;
import io.sentinelforge.kql.syntax.Statement;
import java.util.List;
import java.util.Set;

/** Runs statements: {@code let} binds a name, an expression statement is the query's result. */
public final class Statements {

  private static final Set<String> TABULAR_FUNCTIONS =
      Set.of("materialize", "view", "_GetWatchlist", "table", "externaldata", "range");

  private Statements() {}

  /** Binds a {@code let}, or returns the expression of an expression statement (else null). */
  public static Expression run(Statement statement, Environment environment) {
    if (statement instanceof LetStatement let) {
      bind(let, environment);
      return null;
    }
    if (statement instanceof ExpressionStatement expression) {
      return expression.expression();
    }
    if (statement instanceof SetStatement) {
      return null;
    }
    throw new UnsupportedFeatureException("statement", "this statement kind is not supported");
  }

  private static void bind(LetStatement let, Environment environment) {
    Expression value = let.value();
    Scope scope = environment.scope();
    if (value instanceof FunctionDefinition definition) {
      scope.bind(let.name(), new Binding.Function(let.name(), definition, scope));
    } else if (isTabular(value, environment)) {
      scope.bind(let.name(), new Binding.Tabular(() -> environment.table(value)));
    } else {
      Table oneRow = Table.empty(List.of()).select(new int[1], 1);
      Column column = environment.column(oneRow, value);
      scope.bind(let.name(), new Binding.Scalar(CellValues.get(column, 0)));
    }
  }

  /** Whether an expression denotes a table (decided from its shape and the names in scope). */
  static boolean isTabular(Expression expression, Environment environment) {
    if (expression instanceof ParenthesizedExpression parenthesized) {
      return isTabular(parenthesized.expression(), environment);
    }
    if (expression instanceof PipeExpression || expression instanceof QueryOperatorExpression) {
      return true;
    }
    if (expression instanceof NameReference name) {
      Binding binding = environment.scope().lookup(name.name());
      return binding instanceof Binding.Tabular
          || (binding == null && environment.context().tables().containsKey(name.name()));
    }
    if (expression instanceof FunctionCall call) {
      Binding binding = environment.scope().lookup(call.name());
      if (binding instanceof Binding.Function function) {
        return returnsTable(function, environment);
      }
      return TABULAR_FUNCTIONS.contains(call.name());
    }
    return false;
  }

  private static boolean returnsTable(Binding.Function function, Environment environment) {
    List<Statement> statements = function.definition().body().statements();
    if (statements.isEmpty()
        || !(statements.get(statements.size() - 1) instanceof ExpressionStatement last)) {
      throw new EvaluationException("function '" + function.name() + "' has no result expression");
    }
    return isTabular(last.expression(), new Environment(function.scope(), environment.context()));
  }
}
