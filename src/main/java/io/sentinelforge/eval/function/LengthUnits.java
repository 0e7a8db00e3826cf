package io.sentinelforge.eval.function;

/**
 * Length units of {@code convert_length}, in metres, with the engine's constants (see {@link
 * UnitTable}): notably a mile of 1609.34 m and the TeX printer's point of 1/72.27 inch.
 */
final class LengthUnits {

  private static final double INCH = 0.0254;
  private static final double LIGHT_YEAR = 9.46073047258e15;
  private static final double PARSEC = 3.08567758128e16;

  private LengthUnits() {}

  static UnitTable table() {
    return new UnitTable()
        .unit("Meter", 1)
        .unit("Nanometer", 1e-9)
        .unit("Micrometer", 1e-6)
        .unit("Millimeter", 1e-3)
        .unit("Centimeter", 1e-2)
        .unit("Decimeter", 1e-1)
        .unit("Decameter", 1e1)
        .unit("Hectometer", 1e2)
        .unit("Kilometer", 1e3)
        .unit("Angstrom", 1e-10)
        .unit("Inch", INCH)
        .unit("Microinch", 2.54e-8)
        .unit("Mil", 2.54e-5)
        .unit("Twip", 1 / 56_692.913385826)
        .unit("Hand", 0.1016)
        .unit("Foot", 0.3048)
        .unit("UsSurveyFoot", 1200.0 / 3937)
        .unit("Yard", 0.9144)
        .unit("Fathom", 1.8288)
        .unit("Shackle", 27.432)
        .unit("Chain", 20.1168)
        .unit("Mile", 1609.34)
        .unit("DataMile", 1828.8)
        .unit("NauticalMile", 1852)
        .unit("DtpPoint", INCH / 72)
        .unit("DtpPica", 1 / 236.220472441)
        .unit("PrinterPoint", INCH / 72.27)
        .unit("PrinterPica", 1 / 237.106301584)
        .unit("AstronomicalUnit", 1.495978707e11)
        .unit("SolarRadius", 6.9551e8)
        .unit("LightYear", LIGHT_YEAR)
        .unit("KilolightYear", LIGHT_YEAR * 1e3)
        .unit("MegalightYear", LIGHT_YEAR * 1e6)
        .unit("Parsec", PARSEC)
        .unit("Kiloparsec", PARSEC * 1e3)
        .unit("Megaparsec", PARSEC * 1e6);
  }
}
