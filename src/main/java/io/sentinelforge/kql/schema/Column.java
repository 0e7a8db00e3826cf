package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.ScalarType;

/**
 * A named, typed column of a table or of a query's row schema.
 *
 * @param name the column name, case-sensitive as in KQL
 * @param type its scalar type
 */
public record Column(String name, ScalarType type) {

  /** A column whose type is given by its KQL name; unknown type names become dynamic. */
  public static Column of(String name, String typeName) {
    return new Column(name, ScalarType.fromName(typeName).orElse(ScalarType.DYNAMIC));
  }
}
