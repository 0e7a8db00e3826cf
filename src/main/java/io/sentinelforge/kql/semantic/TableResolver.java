package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.NameSuggestions;
import io.sentinelforge.kql.schema.StoredFunction;
import io.sentinelforge.kql.schema.TableSchema;
import io.sentinelforge.kql.syntax.NameReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a name in a tabular position: a tabular {@code let}, a parameterless function, a
 * catalogued table, a content function, a built-in ASIM parser; else reports an unknown table.
 */
final class TableResolver {

  private final BindingContext context;

  TableResolver(BindingContext context) {
    this.context = context;
  }

  RowSchema resolve(NameReference node) {
    String name = node.name();
    Optional<Symbol> symbol = context.scope.lookup(name);
    if (symbol.isPresent()) {
      return fromSymbol(symbol.get());
    }
    Optional<TableSchema> table = context.catalog.table(name);
    if (table.isPresent()) {
      context.model.recordTable(name);
      return RowSchema.of(table.get().columns());
    }
    Optional<StoredFunction> function = context.catalog.storedFunction(name);
    if (function.isPresent()) {
      return StoredFunctions.schema(context, function.get());
    }
    if (name.contains("*")) {
      return WildcardTables.union(context, name);
    }
    if (SentinelNames.isAsimParser(name)) {
      return RowSchema.OPEN;
    }
    reportUnknown(node);
    return RowSchema.OPEN;
  }

  private static RowSchema fromSymbol(Symbol symbol) {
    if (symbol instanceof Symbol.Tabular) {
      return ((Symbol.Tabular) symbol).schema();
    }
    if (symbol instanceof Symbol.Function && ((Symbol.Function) symbol).tabular()) {
      return ((Symbol.Function) symbol).resultSchema();
    }
    return RowSchema.OPEN;
  }

  void reportUnknown(NameReference node) {
    List<String> candidates = new ArrayList<>();
    context.scope.names().forEach(candidates::add);
    Optional<String> suggestion = NameSuggestions.closest(node.name(), candidates);
    if (suggestion.isEmpty()) {
      suggestion = context.catalog.suggestTable(node.name());
    }
    String message = "unknown table '" + node.name() + "'";
    if (suggestion.isPresent()) {
      message += "; did you mean '" + suggestion.get() + "'?";
    }
    context.error(SemanticCodes.UNKNOWN_TABLE, message, node.span());
  }
}
