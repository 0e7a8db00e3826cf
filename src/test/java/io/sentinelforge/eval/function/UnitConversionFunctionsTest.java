package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.r;
import static io.sentinelforge.eval.function.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code convert_*} functions: the reference's examples, unit definitions, unknown units. */
class UnitConversionFunctionsTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        // the reference's examples
        Arguments.of("convert_energy", 1.2, "Joule", "BritishThermalUnit", 0.00113738054437598),
        Arguments.of("convert_length", 1.2, "Meter", "Foot", 3.93700787401575),
        Arguments.of("convert_mass", 1.2, "Kilogram", "Pound", 2.64554714621853),
        // the engine's acre-foot is 1/0.000810714 m³ (exactly it would be 0.0009728558)
        Arguments.of("convert_volume", 1.2, "CubicMeter", "AcreFoot", 0.0009728568),
        // definitions, with the engine's rounded constants where it has them
        Arguments.of("convert_energy", 1, "KilowattHour", "Megajoule", 3.6),
        Arguments.of("convert_energy", 1, "Kilocalorie", "Joule", 4184),
        Arguments.of("convert_energy", 1, "ThermEc", "BritishThermalUnit", 100_000),
        Arguments.of("convert_energy", 1, "HorsepowerHour", "Joule", 2_684_519.5377),
        Arguments.of("convert_length", 1, "Mile", "Meter", 1609.34),
        Arguments.of("convert_length", 1, "DtpPica", "DtpPoint", 12),
        Arguments.of("convert_length", 1, "Parsec", "Kilometer", 3.08567758128e13),
        Arguments.of("convert_length", 1, "Inch", "Twip", 1440),
        // the engine's stone is 1/0.1574731728702698 kg, not exactly 14 lb
        Arguments.of("convert_mass", 1, "Stone", "Kilogram", 6.350288),
        Arguments.of("convert_mass", 1, "Pound", "Grain", 7000),
        Arguments.of("convert_mass", 1, "LongTon", "Kilogram", 1016.0469088),
        Arguments.of("convert_volume", 1, "UsGallon", "Liter", 3.78541),
        Arguments.of("convert_volume", 1, "UsTeaspoon", "Milliliter", 4.92892159375),
        Arguments.of("convert_volume", 1, "ImperialGallon", "ImperialOunce", 160),
        Arguments.of("convert_volume", 1, "CubicFoot", "Liter", 28.316846592));
  }

  @ParameterizedTest(name = "{0}({1}, {2}, {3}) = {4}")
  @MethodSource("conversions")
  void converts(String function, double value, String from, String to, double expected) {
    Value result = call(function, r(value), s(from), s(to));
    assertEquals(expected, ((RealValue) result).value(), 1e-11 * Math.abs(expected));
  }

  @Test
  void unknownUnitsGiveNull() {
    assertTrue(call("convert_length", r(1), s("Meter"), s("Furlong")).isNull());
    assertTrue(call("convert_mass", r(1), s("Meter"), s("Gram")).isNull());
    assertTrue(call("convert_volume", r(1), s("liter"), s("Liter")).isNull());
  }

  @Test
  void everyDocumentedUnitIsKnown() {
    // Unit lists copied from the "Conversion units" sections of the reference pages.
    assertUnits(
        EnergyUnits.table(),
        "BritishThermalUnit Calorie DecathermEc DecathermImperial DecathermUs ElectronVolt Erg"
            + " FootPound GigabritishThermalUnit GigaelectronVolt Gigajoule GigawattDay"
            + " GigawattHour HorsepowerHour Joule KilobritishThermalUnit Kilocalorie"
            + " KiloelectronVolt Kilojoule KilowattDay KilowattHour MegabritishThermalUnit"
            + " Megacalorie MegaelectronVolt Megajoule MegawattDay MegawattHour Millijoule"
            + " TeraelectronVolt TerawattDay TerawattHour ThermEc ThermImperial ThermUs WattDay"
            + " WattHour");
    assertUnits(
        LengthUnits.table(),
        "Angstrom AstronomicalUnit Centimeter Chain DataMile Decameter Decimeter DtpPica DtpPoint"
            + " Fathom Foot Hand Hectometer Inch KilolightYear Kilometer Kiloparsec LightYear"
            + " MegalightYear Megaparsec Meter Microinch Micrometer Mil Mile Millimeter Nanometer"
            + " NauticalMile Parsec PrinterPica PrinterPoint Shackle SolarRadius Twip UsSurveyFoot"
            + " Yard");
    assertUnits(
        MassUnits.table(),
        "Centigram Decagram Decigram EarthMass Grain Gram Hectogram Kilogram Kilopound Kilotonne"
            + " LongHundredweight LongTon Megapound Megatonne Microgram Milligram Nanogram Ounce"
            + " Pound ShortHundredweight ShortTon Slug SolarMass Stone Tonne");
    assertUnits(
        VolumeUnits.table(),
        "AcreFoot AuTablespoon BoardFoot Centiliter CubicCentimeter CubicDecimeter CubicFoot"
            + " CubicHectometer CubicInch CubicKilometer CubicMeter CubicMicrometer CubicMile"
            + " CubicMillimeter CubicYard Decaliter DecausGallon Deciliter DeciusGallon"
            + " HectocubicFoot HectocubicMeter Hectoliter HectousGallon ImperialBeerBarrel"
            + " ImperialGallon ImperialOunce ImperialPint KilocubicFoot KilocubicMeter"
            + " KiloimperialGallon Kiloliter KilousGallon Liter MegacubicFoot MegaimperialGallon"
            + " Megaliter MegausGallon MetricCup MetricTeaspoon Microliter Milliliter OilBarrel"
            + " UkTablespoon UsBeerBarrel UsCustomaryCup UsGallon UsLegalCup UsOunce UsPint"
            + " UsQuart UsTablespoon UsTeaspoon");
  }

  private static void assertUnits(UnitTable table, String documented) {
    List<String> names = List.of(documented.split(" "));
    for (String name : names) {
      assertTrue(table.has(name), name);
    }
    assertEquals(names.size(), table.size());
  }
}
