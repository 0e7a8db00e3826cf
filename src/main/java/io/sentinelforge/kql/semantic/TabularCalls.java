package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.StoredFunction;
import io.sentinelforge.kql.schema.TableSchema;
import io.sentinelforge.kql.schema.WatchlistSchema;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import java.util.Optional;

/**
 * Calls in a tabular position: {@code materialize}, {@code table('name')}, {@code
 * _GetWatchlist('alias')}, user functions from {@code let}, content functions and ASIM parsers.
 */
final class TabularCalls {

  private final BindingContext context;

  TabularCalls(BindingContext context) {
    this.context = context;
  }

  RowSchema bind(FunctionCall call) {
    String name = call.name();
    Optional<Symbol> symbol = context.scope.lookup(name);
    if (symbol.isPresent() && symbol.get() instanceof Symbol.Function) {
      Symbol.Function function = (Symbol.Function) symbol.get();
      bindArguments(call);
      Arity.check(context, call, function.minArguments(), function.maxArguments());
      return function.tabular() ? function.resultSchema() : RowSchema.OPEN;
    }
    switch (name) {
      case "materialize":
      case "view":
        return call.arguments().size() == 1
            ? context.tabular(call.arguments().get(0), null)
            : arityError(call);
      case "table":
        return table(call);
      case "_GetWatchlist":
        return watchlist(call);
      default:
        return other(call);
    }
  }

  private RowSchema other(FunctionCall call) {
    Optional<StoredFunction> stored = context.catalog.storedFunction(call.name());
    bindArguments(call);
    if (stored.isPresent()) {
      int max = stored.get().parameters().size();
      Arity.check(context, call, stored.get().minArguments(), max);
      return StoredFunctions.schema(context, stored.get());
    }
    if (!SentinelNames.isAsimParser(call.name())
        && context.catalog.functions().lookup(call.name()).isEmpty()) {
      new UnknownFunctions(context).report(call);
    }
    return RowSchema.OPEN;
  }

  private RowSchema arityError(FunctionCall call) {
    bindArguments(call);
    Arity.check(context, call, 1, 1);
    return RowSchema.OPEN;
  }

  private RowSchema table(FunctionCall call) {
    if (!Arity.check(context, call, 1, 2)) {
      bindArguments(call);
      return RowSchema.OPEN;
    }
    Optional<String> name = stringArgument(call);
    Optional<TableSchema> table = name.flatMap(context.catalog::table);
    table.ifPresent(found -> context.model.recordTable(found.name()));
    return table.isPresent() ? RowSchema.of(table.get().columns()) : RowSchema.OPEN;
  }

  private RowSchema watchlist(FunctionCall call) {
    Optional<WatchlistSchema> watchlist = stringArgument(call).flatMap(context.catalog::watchlist);
    return watchlist.isPresent() ? RowSchema.of(watchlist.get().resultColumns()) : RowSchema.OPEN;
  }

  private Optional<String> stringArgument(FunctionCall call) {
    if (call.arguments().isEmpty()) {
      return Optional.empty();
    }
    Expression first = call.arguments().get(0);
    if (first instanceof Literal && ((Literal) first).kind() == LiteralKind.STRING) {
      return Optional.of(KqlStrings.value(((Literal) first).text()));
    }
    context.scalar(first, RowSchema.OPEN);
    return Optional.empty();
  }

  private void bindArguments(FunctionCall call) {
    for (Expression argument : call.arguments()) {
      if (TabularShape.isTabular(argument, context, null)) {
        context.tabular(argument, null);
      } else {
        context.scalar(argument, RowSchema.OPEN);
      }
    }
  }
}
