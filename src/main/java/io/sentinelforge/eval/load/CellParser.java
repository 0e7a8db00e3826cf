package io.sentinelforge.eval.load;

import io.sentinelforge.eval.table.Ticks;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Converts text from data files into cells of a column type, the way ingestion types values by the
 * table schema. Throws {@link IllegalArgumentException} with a readable message on bad text.
 */
public final class CellParser {

  private CellParser() {}

  /** The cell for {@code text} in a column of {@code type}; empty text is null (except strings). */
  public static Object parse(String text, KqlType type) {
    if (type == KqlType.STRING) {
      return text;
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    switch (type) {
      case BOOL:
        return parseBool(trimmed);
      case INT:
        return Integer.parseInt(trimmed);
      case LONG:
        return Long.parseLong(trimmed);
      case REAL:
        return parseReal(trimmed);
      case DECIMAL:
        return new BigDecimal(trimmed);
      case DATETIME:
        return parseDatetime(trimmed);
      case TIMESPAN:
        return TimespanText.parse(trimmed);
      case GUID:
        return UUID.fromString(trimmed);
      case DYNAMIC:
        return parseDynamic(trimmed);
      default:
        throw new IllegalArgumentException("unsupported type " + type);
    }
  }

  private static Boolean parseBool(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("1")) {
      return Boolean.TRUE;
    }
    if (lower.equals("false") || lower.equals("0")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a bool: " + text);
  }

  private static Double parseReal(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "nan":
        return Double.NaN;
      case "inf":
      case "+inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  /** Dynamic text is JSON; text that is not JSON is kept as a dynamic string, as ingestion does. */
  static Value parseDynamic(String text) {
    return Json.parseOrString(text);
  }

  /** Datetime ticks of ISO 8601 text (with or without zone, 'T' or space, up to 7 fractions). */
  public static long parseDatetime(String text) {
    long fast = FastIsoDatetime.parse(text);
    if (fast != Long.MIN_VALUE) {
      return fast;
    }
    try {
      return Ticks.fromInstant(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Ticks.fromInstant(
            LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        try {
          return Ticks.fromInstant(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
          try {
            return Ticks.fromInstant(Instant.parse(text));
          } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("not a datetime: " + text);
          }
        }
      }
    }
  }
}
