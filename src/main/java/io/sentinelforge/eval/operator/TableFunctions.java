package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Binding;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.expression.UserFunctions;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.FunctionCall;
import java.util.List;

/**
 * Table-valued calls: user functions, {@code materialize(T)} (computed once per binding), {@code
 * _GetWatchlist('alias')} from the fixtures, and {@code table('Name')}.
 */
final class TableFunctions {

  private TableFunctions() {}

  static Table call(FunctionCall call, Environment environment) {
    Binding binding = environment.scope().lookup(call.name());
    if (binding instanceof Binding.Function function) {
      return UserFunctions.callTabular(environment, function, call.arguments(), null);
    }
    switch (call.name()) {
      case "materialize":
      case "view":
        return environment.table(call.arguments().get(0));
      case "_GetWatchlist":
        return watchlist(constantText(call, environment), environment);
      case "table":
        return TabularEvaluator.named(constantText(call, environment), environment);
      default:
        throw new UnsupportedFeatureException(
            call.name(), "table function '" + call.name() + "' is not supported");
    }
  }

  private static Table watchlist(String alias, Environment environment) {
    java.nio.file.Path file = environment.context().fixtures().watchlists().get(alias);
    if (file == null) {
      throw new EvaluationException("no data for watchlist '" + alias + "' (give it as a fixture)");
    }
    return SourceStages.loadFixture(file, null);
  }

  private static String constantText(FunctionCall call, Environment environment) {
    if (call.arguments().size() != 1) {
      throw new EvaluationException(call.name() + "() takes one name");
    }
    Table oneRow = Table.empty(List.of()).select(new int[1], 1);
    return CellValues.get(environment.column(oneRow, call.arguments().get(0)), 0).toKqlString();
  }
}
