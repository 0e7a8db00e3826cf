package io.sentinelforge.eval.table;

/** An output column with its name, before it joins a table. */
public record NamedColumn(String name, Column column) {}
