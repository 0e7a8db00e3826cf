package io.sentinelforge.eval.value;

import java.math.BigDecimal;

/** KQL's (that is .NET's) shortest round-trip printing of {@code real} values. */
public final class Reals {

  private Reals() {}

  /** {@code tostring(real)}: {@code 1}, {@code 0.5}, {@code 1E+20}, {@code 1E-05}, {@code NaN}. */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return (1 / value) < 0 ? "-0" : "0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= 15 || exponent < -4) {
      return scientific(shortest, exponent);
    }
    return shortest.toPlainString();
  }

  /** The form inside dynamic JSON: like {@link #format} but integral values keep {@code .0}. */
  public static String formatJson(double value) {
    String text = format(value);
    if (Double.isFinite(value) && text.matches("-?\\d+")) {
      return text + ".0";
    }
    return text;
  }

  private static String scientific(BigDecimal value, int exponent) {
    String digits = value.unscaledValue().abs().toString();
    StringBuilder out = new StringBuilder();
    if (value.signum() < 0) {
      out.append('-');
    }
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    out.append('E').append(exponent < 0 ? '-' : '+');
    out.append(String.format("%02d", Math.abs(exponent)));
    return out.toString();
  }
}
