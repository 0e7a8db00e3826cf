package io.sentinelforge.content;

/** One identifier of an entity taken from a query column. */
public record FieldMapping(String identifier, String columnName) {}
