package io.sentinelforge.eval.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * KQL's conversion functions ({@code tostring}, {@code tolong}, {@code todatetime}…). A value that
 * cannot be converted gives the target type's null, never an error.
 */
public final class Conversions {

  /** .NET ticks at 1970-01-01, used where KQL exposes a datetime as a tick count. */
  public static final long UNIX_EPOCH_NET_TICKS = 621355968000000000L;

  private Conversions() {}

  public static StringValue toStringValue(Value value) {
    return Values.of(value.toKqlString());
  }

  /** {@code tolong}: integers as is, reals truncated, bools 1/0, strings parsed as integers. */
  public static Value toLong(Value value) {
    if (value instanceof LongValue) {
      return value;
    }
    Double number = Numbers.asDouble(value);
    if (value instanceof IntValue i) {
      return Values.of((long) i.value());
    }
    if (value instanceof DecimalValue d) {
      return Values.of(d.value().setScale(0, RoundingMode.DOWN).longValue());
    }
    if (value instanceof StringValue s) {
      return parseLong(s.value());
    }
    if (value instanceof DateTimeValue dt) {
      return Values.of(dt.ticks() + UNIX_EPOCH_NET_TICKS);
    }
    if (value instanceof TimespanValue ts) {
      return Values.of(ts.ticks());
    }
    if (number != null && Double.isFinite(number)) {
      return Values.of((long) number.doubleValue());
    }
    return Values.NULL_LONG;
  }

  /** {@code toint}: as {@link #toLong}, then truncated to 32 bits. */
  public static Value toInt(Value value) {
    Value asLong = toLong(value);
    return asLong instanceof LongValue l
        ? Values.ofInt((int) l.value())
        : new NullValue(KqlType.INT);
  }

  /** {@code todouble}/{@code toreal}. */
  public static Value toReal(Value value) {
    if (value instanceof StringValue s) {
      return parseReal(s.value());
    }
    if (value instanceof DateTimeValue dt) {
      return Values.of((double) (dt.ticks() + UNIX_EPOCH_NET_TICKS));
    }
    if (value instanceof TimespanValue ts) {
      return Values.of((double) ts.ticks());
    }
    Double number = Numbers.asDouble(value);
    return number == null ? Values.NULL_REAL : Values.of(number.doubleValue());
  }

  /** {@code todecimal}. */
  public static Value toDecimal(Value value) {
    try {
      if (value instanceof StringValue s) {
        return Values.of(new BigDecimal(s.value().trim()));
      }
      BigDecimal number = Numbers.asDecimal(value);
      return number == null ? new NullValue(KqlType.DECIMAL) : Values.of(number);
    } catch (NumberFormatException e) {
      return new NullValue(KqlType.DECIMAL);
    }
  }

  /** {@code tobool}: {@code true}/{@code false} text (any case), numbers non-zero → true. */
  public static Value toBool(Value value) {
    if (value instanceof BoolValue) {
      return value;
    }
    if (value instanceof StringValue s) {
      String text = s.value().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true")) {
        return Values.TRUE;
      }
      if (text.equals("false")) {
        return Values.FALSE;
      }
      Value number = parseLong(text);
      return number instanceof LongValue l ? Values.of(l.value() != 0) : Values.NULL_BOOL;
    }
    Double number = Numbers.asDouble(value);
    return number == null ? Values.NULL_BOOL : Values.of(number != 0);
  }

  /** {@code todatetime}: datetimes as is, strings parsed ({@link DateTimeParser}). */
  public static Value toDateTime(Value value) {
    if (value instanceof DateTimeValue) {
      return value;
    }
    if (value instanceof StringValue s) {
      OptionalLong ticks = DateTimeParser.parse(s.value());
      return ticks.isPresent() ? Values.datetime(ticks.getAsLong()) : nullOf(KqlType.DATETIME);
    }
    if (value instanceof LongValue || value instanceof IntValue) {
      long ticks = ((Number) Numbers.asLongObject(value)).longValue();
      return Values.datetime(ticks - UNIX_EPOCH_NET_TICKS);
    }
    return nullOf(KqlType.DATETIME);
  }

  /** {@code totimespan}: timespans as is, strings parsed, numbers taken as ticks. */
  public static Value toTimespan(Value value) {
    if (value instanceof TimespanValue) {
      return value;
    }
    if (value instanceof StringValue s) {
      OptionalLong ticks = parseTimespanSafely(s.value());
      return ticks.isPresent() ? Values.timespan(ticks.getAsLong()) : nullOf(KqlType.TIMESPAN);
    }
    Object ticks = Numbers.asLongObject(value);
    return ticks == null ? nullOf(KqlType.TIMESPAN) : Values.timespan((Long) ticks);
  }

  /** {@code toguid}: 32 hex digits, with or without dashes and braces. */
  public static Value toGuid(Value value) {
    if (value instanceof GuidValue) {
      return value;
    }
    if (!(value instanceof StringValue s)) {
      return nullOf(KqlType.GUID);
    }
    String hex = s.value().trim().replace("{", "").replace("}", "").replace("-", "");
    if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return nullOf(KqlType.GUID);
    }
    long high = Long.parseUnsignedLong(hex.substring(0, 16), 16);
    long low = Long.parseUnsignedLong(hex.substring(16), 16);
    return Values.of(new UUID(high, low));
  }

  /** {@code todynamic}/{@code parse_json}: strings are parsed as JSON, other values kept. */
  public static Value toDynamic(Value value) {
    if (value instanceof StringValue s) {
      return Json.parseOrString(s.value());
    }
    return value;
  }

  /** Converts a value to a column type, as datatable and typed inputs do. */
  public static Value to(KqlType type, Value value) {
    return switch (type) {
      case STRING -> toStringValue(value);
      case INT -> toInt(value);
      case LONG -> toLong(value);
      case REAL -> toReal(value);
      case DECIMAL -> toDecimal(value);
      case BOOL -> toBool(value);
      case DATETIME -> toDateTime(value);
      case TIMESPAN -> toTimespan(value);
      case GUID -> toGuid(value);
      case DYNAMIC -> toDynamic(value);
    };
  }

  private static Value nullOf(KqlType type) {
    return Values.nullOf(type);
  }

  private static OptionalLong parseTimespanSafely(String text) {
    try {
      return TimespanParser.parse(text);
    } catch (ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static Value parseLong(String text) {
    String trimmed = text.trim();
    try {
      return Values.of(Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed));
    } catch (NumberFormatException e) {
      return Values.NULL_LONG;
    }
  }

  private static Value parseReal(String text) {
    String trimmed = text.trim();
    switch (trimmed.toLowerCase(Locale.ROOT)) {
      case "nan":
        return Values.of(Double.NaN);
      case "infinity", "+infinity":
        return Values.of(Double.POSITIVE_INFINITY);
      case "-infinity":
        return Values.of(Double.NEGATIVE_INFINITY);
      default:
        break;
    }
    if (trimmed.isEmpty() || !trimmed.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Values.NULL_REAL;
    }
    return Values.of(Double.parseDouble(trimmed));
  }
}
