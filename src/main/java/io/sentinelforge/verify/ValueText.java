package io.sentinelforge.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Renders result values as Sentinel shows them in alerts (entity identifiers, custom details,
 * {@code {{Column}}} placeholders) and compares them with values written in test files.
 */
public final class ValueText {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

  private ValueText() {}

  /** The text form: null → empty, datetimes ISO 8601, numbers without a trailing {@code .0}. */
  public static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return realText(((Number) value).doubleValue());
    }
    if (value instanceof Instant || value instanceof Duration) {
      return value.toString();
    }
    if (value instanceof Map || value instanceof List) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        return String.valueOf(value);
      }
    }
    return value.toString();
  }

  /**
   * True when {@code actual} (a result value) equals {@code expected} (a YAML value): numbers by
   * numeric value, lists element-wise, everything else by exact text.
   */
  public static boolean matches(Object expected, Object actual) {
    if (expected instanceof Number && actual instanceof Number) {
      return new BigDecimal(of(expected)).compareTo(new BigDecimal(of(actual))) == 0;
    }
    if (expected instanceof Number && actual instanceof String) {
      return isNumber((String) actual) && matches(expected, new BigDecimal((String) actual));
    }
    if (expected instanceof List && actual instanceof List) {
      List<?> left = (List<?>) expected;
      List<?> right = (List<?>) actual;
      if (left.size() != right.size()) {
        return false;
      }
      for (int i = 0; i < left.size(); i++) {
        if (!matches(left.get(i), right.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected == null) {
      return actual == null || of(actual).isEmpty();
    }
    return of(expected).equals(of(actual));
  }

  private static String realText(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text.trim());
      return !text.isBlank();
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
