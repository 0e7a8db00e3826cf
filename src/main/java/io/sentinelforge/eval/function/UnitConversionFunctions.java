package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * {@code convert_energy}, {@code convert_length}, {@code convert_mass} and {@code convert_volume}:
 * {@code (value, from, to)} with the units the reference lists; an unknown unit gives null.
 */
final class UnitConversionFunctions {

  private UnitConversionFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    conversion(registry, "convert_energy", EnergyUnits.table());
    conversion(registry, "convert_length", LengthUnits.table());
    conversion(registry, "convert_mass", MassUnits.table());
    conversion(registry, "convert_volume", VolumeUnits.table());
  }

  private static void conversion(FunctionRegistry.Builder registry, String name, UnitTable units) {
    registry.fixed(name, 3, arguments -> convert(units, arguments));
  }

  private static Value convert(UnitTable units, List<Value> arguments) {
    Double value = Arguments.real(arguments, 0);
    if (value == null) {
      return Values.NULL_REAL;
    }
    Double converted =
        units.convert(value, Arguments.text(arguments, 1), Arguments.text(arguments, 2));
    return converted == null ? Values.NULL_REAL : Values.of(converted);
  }
}
