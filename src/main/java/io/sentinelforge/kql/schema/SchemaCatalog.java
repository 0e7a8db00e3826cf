package io.sentinelforge.kql.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a query can name besides its own {@code let}s: tables (built-in, custom {@code _CL},
 * from {@code --schema} files), watchlists, stored functions and the built-in function catalogue.
 * Immutable; the {@code with...} methods return extended copies.
 */
public final class SchemaCatalog {

  private final Map<String, TableSchema> tables;
  private final Map<String, WatchlistSchema> watchlists;
  private final Map<String, StoredFunction> storedFunctions;
  private final FunctionCatalog functions;

  private SchemaCatalog(
      Map<String, TableSchema> tables,
      Map<String, WatchlistSchema> watchlists,
      Map<String, StoredFunction> storedFunctions,
      FunctionCatalog functions) {
    this.tables = tables;
    this.watchlists = watchlists;
    this.storedFunctions = storedFunctions;
    this.functions = functions;
  }

  private static volatile SchemaCatalog builtIn;

  /** The built-in tables and functions only (built once). */
  public static SchemaCatalog builtIn() {
    SchemaCatalog catalog = builtIn;
    if (catalog == null) {
      Map<String, TableSchema> tables = new HashMap<>();
      BuiltInTables.all().forEach(table -> tables.put(table.name(), table));
      catalog = new SchemaCatalog(tables, Map.of(), Map.of(), FunctionCatalog.builtIn());
      builtIn = catalog;
    }
    return catalog;
  }

  /** This catalogue plus these tables (replacing same-named ones), standard columns added. */
  public SchemaCatalog withTables(Collection<TableSchema> added) {
    Map<String, TableSchema> copy = new HashMap<>(tables);
    added.forEach(table -> copy.put(table.name(), StandardColumns.addTo(table)));
    return new SchemaCatalog(copy, watchlists, storedFunctions, functions);
  }

  /** This catalogue plus these watchlists. */
  public SchemaCatalog withWatchlists(Collection<WatchlistSchema> added) {
    Map<String, WatchlistSchema> copy = new HashMap<>(watchlists);
    added.forEach(watchlist -> copy.put(watchlist.alias(), watchlist));
    return new SchemaCatalog(tables, copy, storedFunctions, functions);
  }

  /** This catalogue plus these stored functions. */
  public SchemaCatalog withStoredFunctions(Collection<StoredFunction> added) {
    Map<String, StoredFunction> copy = new HashMap<>(storedFunctions);
    added.forEach(function -> copy.put(function.name(), function));
    return new SchemaCatalog(tables, watchlists, copy, functions);
  }

  /** The table with this exact name. */
  public Optional<TableSchema> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** Every table, in no particular order. */
  public Collection<TableSchema> tables() {
    return tables.values();
  }

  /** The known table name closest to a misspelt one. */
  public Optional<String> suggestTable(String name) {
    return NameSuggestions.closest(name, tables.keySet());
  }

  /** The watchlist with this alias. */
  public Optional<WatchlistSchema> watchlist(String alias) {
    return Optional.ofNullable(watchlists.get(alias));
  }

  /** The stored function with this name. */
  public Optional<StoredFunction> storedFunction(String name) {
    return Optional.ofNullable(storedFunctions.get(name));
  }

  /** The names of all stored functions. */
  public Collection<String> storedFunctionNames() {
    return storedFunctions.keySet();
  }

  /** The built-in function catalogue. */
  public FunctionCatalog functions() {
    return functions;
  }
}
