package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.types.ScalarType;

/** The scalar type of each literal kind (a plain integer literal is a long, as in KQL). */
final class LiteralTypes {

  private LiteralTypes() {}

  static ScalarType of(LiteralKind kind) {
    switch (kind) {
      case STRING:
        return ScalarType.STRING;
      case LONG:
        return ScalarType.LONG;
      case INT:
        return ScalarType.INT;
      case REAL:
        return ScalarType.REAL;
      case DECIMAL:
        return ScalarType.DECIMAL;
      case BOOL:
        return ScalarType.BOOL;
      case DATETIME:
        return ScalarType.DATETIME;
      case TIMESPAN:
        return ScalarType.TIMESPAN;
      case GUID:
        return ScalarType.GUID;
      default:
        return ScalarType.UNKNOWN;
    }
  }
}
