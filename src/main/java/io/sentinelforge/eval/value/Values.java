package io.sentinelforge.eval.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Factories and KQL predicates over {@link Value}s. */
public final class Values {

  public static final BoolValue TRUE = new BoolValue(true);
  public static final BoolValue FALSE = new BoolValue(false);
  public static final StringValue EMPTY_STRING = new StringValue("");
  public static final NullValue NULL_BOOL = new NullValue(KqlType.BOOL);
  public static final NullValue NULL_LONG = new NullValue(KqlType.LONG);
  public static final NullValue NULL_REAL = new NullValue(KqlType.REAL);
  public static final NullValue NULL_DYNAMIC = new NullValue(KqlType.DYNAMIC);

  private Values() {}

  /** The null of a type; for {@code string} the empty string, since strings have no null. */
  public static Value nullOf(KqlType type) {
    return type == KqlType.STRING ? EMPTY_STRING : new NullValue(type);
  }

  public static StringValue of(String value) {
    return value.isEmpty() ? EMPTY_STRING : new StringValue(value);
  }

  public static LongValue of(long value) {
    return new LongValue(value);
  }

  public static IntValue ofInt(int value) {
    return new IntValue(value);
  }

  public static RealValue of(double value) {
    return new RealValue(value);
  }

  public static DecimalValue of(BigDecimal value) {
    return new DecimalValue(value);
  }

  public static BoolValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public static GuidValue of(UUID value) {
    return new GuidValue(value);
  }

  /** A datetime, or {@code datetime(null)} when the ticks fall outside KQL's datetime range. */
  public static Value datetime(long ticks) {
    return ticks < DateTimeValue.MIN_TICKS || ticks > DateTimeValue.MAX_TICKS
        ? new NullValue(KqlType.DATETIME)
        : new DateTimeValue(ticks);
  }

  public static TimespanValue timespan(long ticks) {
    return new TimespanValue(ticks);
  }

  public static ArrayValue array(List<Value> elements) {
    return new ArrayValue(elements);
  }

  public static BagValue bag(Map<String, Value> properties) {
    return new BagValue(properties);
  }

  /** A bool, or {@code bool(null)} for a Java null. */
  public static Value bool(Boolean value) {
    return value == null ? NULL_BOOL : of(value.booleanValue());
  }

  /** {@code isempty}: null, the empty string, or an empty array or bag. */
  public static boolean isEmpty(Value value) {
    if (value.isNull()) {
      return true;
    }
    if (value instanceof StringValue s) {
      return s.value().isEmpty();
    }
    if (value instanceof ArrayValue a) {
      return a.elements().isEmpty();
    }
    return value instanceof BagValue b && b.properties().isEmpty();
  }

  /** Whether a predicate result lets a row through {@code where}: only a non-null true does. */
  public static boolean isTrue(Value value) {
    return value instanceof BoolValue b && b.value();
  }

  /** Whether the value is an array or a property bag. */
  public static boolean isContainer(Value value) {
    return value instanceof ArrayValue || value instanceof BagValue;
  }
}
