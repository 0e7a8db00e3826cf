package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import java.math.BigDecimal;

/** Renders cells the way KQL prints them (ISO datetimes, {@code d.hh:mm:ss} timespans, JSON). */
public final class CellText {

  private CellText() {}

  /** The text of cell {@code row} of {@code column}; null cells are the empty string. */
  public static String of(Column column, int row) {
    return format(column.get(row), column.type());
  }

  /** The text of a cell object of the given type; null is the empty string. */
  public static String format(Object cell, KqlType type) {
    if (cell == null) {
      return "";
    }
    switch (type) {
      case BOOL:
        return ((Boolean) cell) ? "true" : "false";
      case DATETIME:
        return datetime((Long) cell);
      case TIMESPAN:
        return timespan((Long) cell);
      case REAL:
        return real((Double) cell);
      case DECIMAL:
        return ((BigDecimal) cell).stripTrailingZeros().toPlainString();
      case DYNAMIC:
        return cell instanceof StringValue text ? text.value() : Json.write((Value) cell);
      default:
        return cell.toString();
    }
  }

  /** ISO 8601 UTC, fraction digits in groups of three as needed. */
  public static String datetime(long ticks) {
    return Ticks.toInstant(ticks).toString();
  }

  /** {@code [-][d.]hh:mm:ss[.fffffff]}. */
  public static String timespan(long ticks) {
    StringBuilder text = new StringBuilder();
    long rest = ticks;
    if (rest < 0) {
      text.append('-');
      rest = -rest;
    }
    long days = rest / Ticks.PER_DAY;
    rest %= Ticks.PER_DAY;
    if (days > 0) {
      text.append(days).append('.');
    }
    long hours = rest / Ticks.PER_HOUR;
    rest %= Ticks.PER_HOUR;
    long minutes = rest / Ticks.PER_MINUTE;
    rest %= Ticks.PER_MINUTE;
    long seconds = rest / Ticks.PER_SECOND;
    long fraction = rest % Ticks.PER_SECOND;
    text.append(two(hours)).append(':').append(two(minutes)).append(':').append(two(seconds));
    if (fraction > 0) {
      text.append('.').append(String.format("%07d", fraction));
    }
    return text.toString();
  }

  /** Shortest round-trip decimal, without exponent for ordinary magnitudes. */
  public static String real(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-5 && magnitude < 1e15) {
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
    String java = Double.toString(value);
    int e = java.indexOf('E');
    String mantissa = java.substring(0, e);
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    String exponent = java.substring(e + 1);
    return mantissa + "E" + (exponent.startsWith("-") ? exponent : "+" + exponent);
  }

  private static String two(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
