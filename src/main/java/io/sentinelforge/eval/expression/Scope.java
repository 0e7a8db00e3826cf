package io.sentinelforge.eval.expression;

import java.util.HashMap;
import java.util.Map;

/** Names bound by {@code let} and function parameters; inner scopes see the outer ones. */
public final class Scope {

  private final Scope parent;
  private final Map<String, Binding> bindings = new HashMap<>();

  private Scope(Scope parent) {
    this.parent = parent;
  }

  /** An empty top-level scope. */
  public static Scope root() {
    return new Scope(null);
  }

  /** A new scope nested in this one. */
  public Scope child() {
    return new Scope(this);
  }

  /** Binds (or rebinds) a name in this scope. */
  public void bind(String name, Binding binding) {
    bindings.put(name, binding);
  }

  /** Every name bound here or in an enclosing scope. */
  public java.util.Set<String> names() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Scope scope = this; scope != null; scope = scope.parent) {
      names.addAll(scope.bindings.keySet());
    }
    return names;
  }

  /** The binding of {@code name} here or in an enclosing scope, or null. */
  public Binding lookup(String name) {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      Binding binding = scope.bindings.get(name);
      if (binding != null) {
        return binding;
      }
    }
    return null;
  }
}
