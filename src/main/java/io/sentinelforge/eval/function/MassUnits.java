package io.sentinelforge.eval.function;

/**
 * Mass units of {@code convert_mass}, in kilograms, with the engine's constants (see {@link
 * UnitTable}); several are stored as their reciprocals, as the engine defines them.
 */
final class MassUnits {

  private static final double POUND = 0.45359237;

  private MassUnits() {}

  static UnitTable table() {
    return new UnitTable()
        .unit("Kilogram", 1)
        .unit("Nanogram", 1e-12)
        .unit("Microgram", 1e-9)
        .unit("Milligram", 1e-6)
        .unit("Centigram", 1e-5)
        .unit("Decigram", 1e-4)
        .unit("Gram", 1e-3)
        .unit("Decagram", 1e-2)
        .unit("Hectogram", 1e-1)
        .unit("Tonne", 1e3)
        .unit("Kilotonne", 1e6)
        .unit("Megatonne", 1e9)
        .unit("Pound", POUND)
        .unit("Kilopound", POUND * 1e3)
        .unit("Megapound", POUND * 1e6)
        .unit("Grain", 1 / 15_432.358352941431)
        .unit("Ounce", 1 / 35.2739619)
        .unit("Stone", 1 / 0.1574731728702698)
        .unit("ShortHundredweight", 1 / 0.022046226218487758)
        .unit("LongHundredweight", 1 / 0.01968413055222121)
        .unit("ShortTon", 907.18474)
        .unit("LongTon", 1016.0469088)
        .unit("Slug", 1 / 6.852176556196105e-2)
        .unit("EarthMass", 5.9722e24)
        .unit("SolarMass", 1.98947e30);
  }
}
