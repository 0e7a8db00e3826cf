package io.sentinelforge.eval.function;

import java.util.HashMap;
import java.util.Map;

/**
 * The units of one physical quantity for the {@code convert_*} functions, each as its size in the
 * quantity's base unit. Names and sizes are those of the engine, which converts with the UnitsNet
 * library's 2022 unit definitions: its unit names are exactly the reference's lists, and some of
 * its sizes are rounded (a mile of 1609.34 m, a US gallon of 3.78541 L), which the reference's
 * examples reproduce. Names match exactly; an unknown name converts to nothing (null).
 */
final class UnitTable {

  private final Map<String, Double> sizes = new HashMap<>();

  /** Adds a unit of the given size in base units. */
  UnitTable unit(String name, double size) {
    if (sizes.put(name, size) != null) {
      throw new IllegalStateException("unit listed twice: " + name);
    }
    return this;
  }

  /** The value in {@code to} units, or null when either unit is unknown. */
  Double convert(double value, String from, String to) {
    Double fromSize = sizes.get(from);
    Double toSize = sizes.get(to);
    if (fromSize == null || toSize == null) {
      return null;
    }
    return from.equals(to) ? value : value * fromSize / toSize;
  }

  boolean has(String name) {
    return sizes.containsKey(name);
  }

  int size() {
    return sizes.size();
  }
}
