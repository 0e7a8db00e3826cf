package io.sentinelforge.kql.schema;

/** Where a catalogued function may be called. */
public enum FunctionKind {
  /** A scalar function, called in any expression. */
  SCALAR,
  /** An aggregation, called in {@code summarize}, {@code make-series} and similar. */
  AGGREGATE,
  /** A plugin, called with {@code evaluate}. */
  PLUGIN,
  /** A source of rows, such as {@code table('name')} or {@code materialize(...)}. */
  TABULAR
}
