package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;

/** A column's name and KQL type. */
public record ColumnSchema(String name, KqlType type) {}
