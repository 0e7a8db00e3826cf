package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.BoolValue;
import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.DecimalValue;
import io.sentinelforge.eval.value.GuidValue;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.Comparator;
import java.util.Locale;

/**
 * KQL's comparisons. Equality: two nulls give {@code bool(null)}, a null and a value give false
 * ({@code !=}: true); ordering with a null gives {@code bool(null)}. Strings compare ordinally and
 * case-sensitively ({@code =~} is the case-insensitive form); numbers compare across int, long,
 * real and decimal; a string meets a datetime, timespan or guid by conversion.
 */
public final class Comparison {

  private Comparison() {}

  /** {@code ==}. */
  public static Value equal(Value left, Value right) {
    if (left.isNull() || right.isNull()) {
      return left.isNull() && right.isNull() ? Values.NULL_BOOL : Values.FALSE;
    }
    return Values.of(same(left, right));
  }

  /** {@code !=}. */
  public static Value notEqual(Value left, Value right) {
    Value equal = equal(left, right);
    return equal instanceof BoolValue b ? Values.of(!b.value()) : equal;
  }

  /** {@code =~}: case-insensitive string equality. */
  public static Value equalIgnoreCase(Value left, Value right) {
    return Values.of(
        left.toKqlString()
            .toLowerCase(Locale.ROOT)
            .equals(right.toKqlString().toLowerCase(Locale.ROOT)));
  }

  /** {@code !~}. */
  public static Value notEqualIgnoreCase(Value left, Value right) {
    return Values.of(!((BoolValue) equalIgnoreCase(left, right)).value());
  }

  public static Value less(Value left, Value right) {
    Integer order = order(left, right);
    return order == null ? Values.NULL_BOOL : Values.of(order < 0);
  }

  public static Value lessOrEqual(Value left, Value right) {
    Integer order = order(left, right);
    return order == null ? Values.NULL_BOOL : Values.of(order <= 0);
  }

  public static Value greater(Value left, Value right) {
    Integer order = order(left, right);
    return order == null ? Values.NULL_BOOL : Values.of(order > 0);
  }

  public static Value greaterOrEqual(Value left, Value right) {
    Integer order = order(left, right);
    return order == null ? Values.NULL_BOOL : Values.of(order >= 0);
  }

  /** Whether two non-null values are equal under KQL's rules. */
  public static boolean same(Value left, Value right) {
    if (left instanceof ArrayValue || left instanceof BagValue) {
      return (right instanceof ArrayValue || right instanceof BagValue)
          && Json.write(left).equals(Json.write(right));
    }
    if (right instanceof ArrayValue || right instanceof BagValue) {
      return false;
    }
    Integer order = order(left, right);
    return order != null && order == 0;
  }

  /**
   * The order of two values, or null when either is null or they cannot be compared (a string and a
   * number that does not parse, two unrelated types).
   */
  public static Integer order(Value left, Value right) {
    if (left.isNull() || right.isNull()) {
      return null;
    }
    if (Numbers.isNumber(left) && Numbers.isNumber(right)) {
      return compareNumbers(left, right);
    }
    if (left instanceof StringValue a && right instanceof StringValue b) {
      return Integer.signum(a.value().compareTo(b.value()));
    }
    if (left instanceof StringValue && !(right instanceof StringValue)) {
      Value converted = Conversions.to(right.type(), left);
      return converted.isNull() ? fallback(left, right) : order(converted, right);
    }
    if (right instanceof StringValue) {
      Integer reversed = order(right, left);
      return reversed == null ? null : -reversed;
    }
    return sameKind(left, right);
  }

  private static Integer sameKind(Value left, Value right) {
    if (left instanceof DateTimeValue a && right instanceof DateTimeValue b) {
      return Long.compare(a.ticks(), b.ticks());
    }
    if (left instanceof TimespanValue a && right instanceof TimespanValue b) {
      return Long.compare(a.ticks(), b.ticks());
    }
    if (left instanceof BoolValue a && right instanceof BoolValue b) {
      return Boolean.compare(a.value(), b.value());
    }
    if (left instanceof GuidValue a && right instanceof GuidValue b) {
      return Integer.signum(a.value().toString().compareTo(b.value().toString()));
    }
    if (left instanceof BoolValue && Numbers.isNumber(right)
        || right instanceof BoolValue && Numbers.isNumber(left)) {
      return Double.compare(Numbers.asDouble(left), Numbers.asDouble(right));
    }
    return null;
  }

  private static Integer fallback(Value left, Value right) {
    // A string that does not convert still equals nothing; order it by text so sorts are total.
    return Integer.signum(left.toKqlString().compareTo(right.toKqlString()));
  }

  private static int compareNumbers(Value left, Value right) {
    if (left instanceof DecimalValue || right instanceof DecimalValue) {
      if (!(left instanceof RealValue) && !(right instanceof RealValue)) {
        return Numbers.asDecimal(left).compareTo(Numbers.asDecimal(right));
      }
    }
    if (Numbers.isInteger(left) && Numbers.isInteger(right)) {
      return Long.compare(Numbers.asLongObject(left), Numbers.asLongObject(right));
    }
    return Double.compare(Numbers.asDouble(left), Numbers.asDouble(right));
  }

  /**
   * A total order for sorting and min/max: nulls first, then by {@link #order}; values that do not
   * compare are ordered by type, then text.
   */
  public static final Comparator<Value> SORT_ORDER =
      (left, right) -> {
        if (left.isNull() || right.isNull()) {
          return Boolean.compare(!left.isNull(), !right.isNull());
        }
        Integer order = order(left, right);
        if (order != null) {
          return order;
        }
        int byType = left.type().compareTo(right.type());
        return byType != 0 ? byType : left.toKqlString().compareTo(right.toKqlString());
      };
}
