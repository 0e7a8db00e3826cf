package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.value.KqlType;

/** The .NET type names {@code getschema} prints in its DataType column. */
final class DotNetTypes {

  private DotNetTypes() {}

  static String of(KqlType type) {
    switch (type) {
      case BOOL:
        return "System.SByte";
      case INT:
        return "System.Int32";
      case LONG:
        return "System.Int64";
      case REAL:
        return "System.Double";
      case DECIMAL:
        return "System.Data.SqlTypes.SqlDecimal";
      case DATETIME:
        return "System.DateTime";
      case TIMESPAN:
        return "System.TimeSpan";
      case GUID:
        return "System.Guid";
      case DYNAMIC:
        return "System.Object";
      default:
        return "System.String";
    }
  }
}
