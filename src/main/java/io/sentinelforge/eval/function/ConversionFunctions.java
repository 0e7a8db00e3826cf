package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;

/** {@code tostring}, {@code toint}, …, {@code parse_json}, {@code gettype}. */
final class ConversionFunctions {

  private ConversionFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("tostring", 1, a -> Conversions.toStringValue(a.get(0)));
    registry.fixed("toint", 1, a -> Conversions.toInt(a.get(0)));
    registry.fixed("tolong", 1, a -> Conversions.toLong(a.get(0)));
    registry.fixed("todouble", 1, a -> Conversions.toReal(a.get(0)));
    registry.alias("toreal", "todouble");
    registry.fixed("todecimal", 1, a -> Conversions.toDecimal(a.get(0)));
    registry.fixed("tobool", 1, a -> Conversions.toBool(a.get(0)));
    registry.alias("toboolean", "tobool");
    registry.fixed("todatetime", 1, a -> Conversions.toDateTime(a.get(0)));
    registry.fixed("totimespan", 1, a -> Conversions.toTimespan(a.get(0)));
    registry.alias("totime", "totimespan");
    registry.fixed("toguid", 1, a -> Conversions.toGuid(a.get(0)));
    registry.fixed("todynamic", 1, a -> Conversions.toDynamic(a.get(0)));
    registry.alias("parse_json", "todynamic");
    registry.alias("toobject", "todynamic");
    registry.fixed("gettype", 1, a -> Values.of(typeName(a.get(0))));
  }

  /** {@code gettype}: the runtime type, with {@code array}/{@code dictionary} for containers. */
  static String typeName(Value value) {
    if (value instanceof ArrayValue) {
      return "array";
    }
    if (value instanceof BagValue) {
      return "dictionary";
    }
    if (value.isNull() && value.type() == io.sentinelforge.eval.value.KqlType.DYNAMIC) {
      return "null";
    }
    return value.type().kqlName();
  }
}
