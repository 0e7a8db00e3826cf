package io.sentinelforge.kql.semantic;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Nested {@code let} scopes: a query, and each function body inside it. */
final class Scope {

  private final Scope parent;
  private final Map<String, Symbol> symbols = new HashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  void define(String name, Symbol symbol) {
    symbols.put(name, symbol);
  }

  Optional<Symbol> lookup(String name) {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      Symbol symbol = scope.symbols.get(name);
      if (symbol != null) {
        return Optional.of(symbol);
      }
    }
    return Optional.empty();
  }

  /** Names visible here, for "did you mean". */
  Iterable<String> names() {
    Map<String, Symbol> all = new HashMap<>();
    for (Scope scope = this; scope != null; scope = scope.parent) {
      scope.symbols.forEach(all::putIfAbsent);
    }
    return all.keySet();
  }
}
