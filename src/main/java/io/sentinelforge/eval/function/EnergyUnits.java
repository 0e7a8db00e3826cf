package io.sentinelforge.eval.function;

/**
 * Energy units of {@code convert_energy}, in joules, with the engine's constants (see {@link
 * UnitTable}): thermochemical calorie, IT BTU, eV as CODATA 2010, foot-pound to 10 digits.
 */
final class EnergyUnits {

  private static final double CALORIE = 4.184;
  private static final double BRITISH_THERMAL_UNIT = 1055.05585262;
  private static final double ELECTRON_VOLT = 1.602176565e-19;
  private static final double WATT_HOUR = 3600;
  private static final double WATT_DAY = 86_400;

  private EnergyUnits() {}

  static UnitTable table() {
    return new UnitTable()
        .unit("Joule", 1)
        .unit("Millijoule", 1e-3)
        .unit("Kilojoule", 1e3)
        .unit("Megajoule", 1e6)
        .unit("Gigajoule", 1e9)
        .unit("Calorie", CALORIE)
        .unit("Kilocalorie", CALORIE * 1e3)
        .unit("Megacalorie", CALORIE * 1e6)
        .unit("BritishThermalUnit", BRITISH_THERMAL_UNIT)
        .unit("KilobritishThermalUnit", BRITISH_THERMAL_UNIT * 1e3)
        .unit("MegabritishThermalUnit", BRITISH_THERMAL_UNIT * 1e6)
        .unit("GigabritishThermalUnit", BRITISH_THERMAL_UNIT * 1e9)
        .unit("ElectronVolt", ELECTRON_VOLT)
        .unit("KiloelectronVolt", ELECTRON_VOLT * 1e3)
        .unit("MegaelectronVolt", ELECTRON_VOLT * 1e6)
        .unit("GigaelectronVolt", ELECTRON_VOLT * 1e9)
        .unit("TeraelectronVolt", ELECTRON_VOLT * 1e12)
        .unit("Erg", 1e-7)
        .unit("FootPound", 1.355817948)
        .unit("HorsepowerHour", 2.6845195377e6)
        .unit("WattHour", WATT_HOUR)
        .unit("KilowattHour", WATT_HOUR * 1e3)
        .unit("MegawattHour", WATT_HOUR * 1e6)
        .unit("GigawattHour", WATT_HOUR * 1e9)
        .unit("TerawattHour", WATT_HOUR * 1e12)
        .unit("WattDay", WATT_DAY)
        .unit("KilowattDay", WATT_DAY * 1e3)
        .unit("MegawattDay", WATT_DAY * 1e6)
        .unit("GigawattDay", WATT_DAY * 1e9)
        .unit("TerawattDay", WATT_DAY * 1e12)
        // The EC therm is 100,000 IT BTU; the US and UK therms have their own legal values.
        .unit("ThermEc", 1.05505585262e8)
        .unit("DecathermEc", 1.05505585262e9)
        .unit("ThermUs", 1.054804e8)
        .unit("DecathermUs", 1.054804e9)
        .unit("ThermImperial", 1.05505585257348e8)
        .unit("DecathermImperial", 1.05505585257348e9);
  }
}
