package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.FunctionDefinition;
import java.util.function.Supplier;

/** What a name bound by {@code let} (or a function parameter) stands for. */
public sealed interface Binding {

  /** A scalar value ({@code let x = 5;}). */
  record Scalar(Value value) implements Binding {}

  /** A per-row value: a function parameter bound to an argument column. */
  record PerRow(Column column) implements Binding {}

  /**
   * A tabular value, computed on first use and kept ({@code let T = ...;}, {@code materialize}).
   */
  final class Tabular implements Binding {
    private final Supplier<Table> source;
    private Table table;

    /** A table computed lazily from {@code source}. */
    public Tabular(Supplier<Table> source) {
      this.source = source;
    }

    /** The table if already computed, else null (never computes). */
    public Table peek() {
      return table;
    }

    /** The table, computing it the first time. */
    public Table table() {
      if (table == null) {
        table = source.get();
      }
      return table;
    }
  }

  /** A user-defined function with the scope it was defined in. */
  record Function(String name, FunctionDefinition definition, Scope scope) implements Binding {}
}
