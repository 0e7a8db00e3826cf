package io.sentinelforge.eval.function;

/**
 * Volume units of {@code convert_volume}, in cubic metres, with the engine's constants (see {@link
 * UnitTable}): notably a US gallon of 3.78541 L, a cubic inch of 16.387 cm³ and an acre-foot of
 * 1/0.000810714 m³ (the reference's example, 1.2 m³ = 0.0009728568 acre-feet, is 1.2 × 0.000810714;
 * the exact acre-foot would give 0.0009728558).
 */
final class VolumeUnits {

  private static final double LITER = 1e-3;
  private static final double CUBIC_FOOT = 2.8316846592e-2;
  private static final double US_GALLON = 0.00378541;
  private static final double IMPERIAL_GALLON = 0.00454609000000181429905810072407;

  private VolumeUnits() {}

  static UnitTable table() {
    UnitTable table = new UnitTable();
    metric(table);
    return table
        .unit("CubicInch", 1.6387e-5)
        .unit("BoardFoot", 2.3597372158e-3)
        .unit("CubicFoot", CUBIC_FOOT)
        .unit("HectocubicFoot", CUBIC_FOOT * 1e2)
        .unit("KilocubicFoot", CUBIC_FOOT * 1e3)
        .unit("MegacubicFoot", CUBIC_FOOT * 1e6)
        .unit("CubicYard", 0.764554858)
        .unit("CubicMile", 4.16818182544058e9)
        .unit("AcreFoot", 1 / 0.000810714)
        .unit("UsGallon", US_GALLON)
        .unit("DeciusGallon", US_GALLON * 1e-1)
        .unit("DecausGallon", US_GALLON * 1e1)
        .unit("HectousGallon", US_GALLON * 1e2)
        .unit("KilousGallon", US_GALLON * 1e3)
        .unit("MegausGallon", US_GALLON * 1e6)
        .unit("UsQuart", 9.46352946e-4)
        .unit("UsPint", 4.73176473e-4)
        .unit("UsCustomaryCup", 2.365882365e-4)
        .unit("UsOunce", 2.957352956253760505068307980135e-5)
        .unit("UsTablespoon", 1.478676478125e-5)
        .unit("UsTeaspoon", 4.92892159375e-6)
        .unit("UsLegalCup", 2.4e-4)
        .unit("UsBeerBarrel", 0.1173477658)
        .unit("OilBarrel", 0.158987294928)
        .unit("ImperialGallon", IMPERIAL_GALLON)
        .unit("KiloimperialGallon", IMPERIAL_GALLON * 1e3)
        .unit("MegaimperialGallon", IMPERIAL_GALLON * 1e6)
        .unit("ImperialPint", 5.6826125e-4)
        .unit("ImperialOunce", 2.8413062499962901241875439064617e-5)
        .unit("ImperialBeerBarrel", 0.16365924)
        .unit("UkTablespoon", 1.5e-5)
        .unit("AuTablespoon", 2e-5)
        .unit("MetricCup", 2.5e-4)
        .unit("MetricTeaspoon", 5e-6);
  }

  private static void metric(UnitTable table) {
    table
        .unit("CubicMeter", 1)
        .unit("CubicMicrometer", 1e-18)
        .unit("CubicMillimeter", 1e-9)
        .unit("CubicCentimeter", 1e-6)
        .unit("CubicDecimeter", 1e-3)
        .unit("HectocubicMeter", 1e2)
        .unit("KilocubicMeter", 1e3)
        .unit("CubicHectometer", 1e6)
        .unit("CubicKilometer", 1e9)
        .unit("Microliter", LITER * 1e-6)
        .unit("Milliliter", LITER * 1e-3)
        .unit("Centiliter", LITER * 1e-2)
        .unit("Deciliter", LITER * 1e-1)
        .unit("Liter", LITER)
        .unit("Decaliter", LITER * 1e1)
        .unit("Hectoliter", LITER * 1e2)
        .unit("Kiloliter", LITER * 1e3)
        .unit("Megaliter", LITER * 1e6);
  }
}
