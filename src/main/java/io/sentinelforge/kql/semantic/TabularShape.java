package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import java.util.Optional;
import java.util.Set;

/** Tells whether an expression denotes rows (a table, pipeline, tabular let) or a scalar. */
final class TabularShape {

  private static final Set<String> TABULAR_FUNCTIONS =
      Set.of("materialize", "table", "_GetWatchlist", "view");

  private TabularShape() {}

  /**
   * True when the expression yields rows; {@code row} resolves column names first (may be null).
   */
  static boolean isTabular(Expression expression, BindingContext context, RowSchema row) {
    if (expression instanceof PipeExpression || expression instanceof QueryOperatorExpression) {
      return true;
    }
    if (expression instanceof ParenthesizedExpression) {
      return isTabular(((ParenthesizedExpression) expression).expression(), context, row);
    }
    if (expression instanceof NameReference) {
      String name = ((NameReference) expression).name();
      if (row != null && row.find(name).isPresent()) {
        return false;
      }
      Optional<Symbol> symbol = context.scope.lookup(name);
      if (symbol.isPresent()) {
        return symbol.get() instanceof Symbol.Tabular
            || symbol.get() instanceof Symbol.Function
                && ((Symbol.Function) symbol.get()).tabular();
      }
      return context.catalog.table(name).isPresent()
          || context.catalog.storedFunction(name).isPresent();
    }
    if (expression instanceof FunctionCall) {
      String name = ((FunctionCall) expression).name();
      Optional<Symbol> symbol = context.scope.lookup(name);
      if (symbol.isPresent()) {
        return symbol.get() instanceof Symbol.Function
            && ((Symbol.Function) symbol.get()).tabular();
      }
      return TABULAR_FUNCTIONS.contains(name) || context.catalog.storedFunction(name).isPresent();
    }
    return false;
  }
}
