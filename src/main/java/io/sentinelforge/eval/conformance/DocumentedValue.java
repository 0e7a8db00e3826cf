package io.sentinelforge.eval.conformance;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sentinelforge.eval.load.CellParser;
import io.sentinelforge.eval.load.TimespanText;
import io.sentinelforge.eval.table.CellText;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Equality between a value as the documentation prints it and a typed cell: numbers by value
 * (allowing the documentation's rounding), datetimes and timespans by ticks in any printed form,
 * dynamic values as (relaxed) JSON structures, strings exactly, nulls as the empty text.
 */
public final class DocumentedValue {

  private static final JsonMapper RELAXED =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private DocumentedValue() {}

  /** True when the documented text denotes the cell. */
  public static boolean matches(String documented, Object cell, KqlType type) {
    if (documented.contains("<br")) {
      // Markdown tables write line breaks inside a cell as <br>.
      String lines =
          documented.replace("<br />", "\n").replace("<br/>", "\n").replace("<br>", "\n");
      return matches(lines, cell, type) || matches(lines.replace("\n", ""), cell, type);
    }
    String text = documented.trim();
    if (text.equals("&nbsp;")) {
      // Markdown writes an empty cell as &nbsp;.
      text = "";
    }
    if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
      // Markdown code spans around a documented cell are formatting, not part of the value.
      return matches(text.substring(1, text.length() - 1), cell, type);
    }
    if (cell == null) {
      return text.isEmpty() || text.equalsIgnoreCase("null");
    }
    try {
      switch (type) {
        case STRING:
          return documented.equals(cell) || text.equals(((String) cell).trim());
        case BOOL:
          return text.toLowerCase(Locale.ROOT).equals(cell.toString())
              || text.equals(((Boolean) cell) ? "1" : "0");
        case INT:
        case LONG:
          return new BigDecimal(text.replace(",", ""))
                  .compareTo(BigDecimal.valueOf(((Number) cell).longValue()))
              == 0;
        case REAL:
          return realMatches(text.replace(",", ""), (Double) cell);
        case DECIMAL:
          return new BigDecimal(text.replace(",", "")).compareTo((BigDecimal) cell) == 0;
        case DATETIME:
          return CellParser.parseDatetime(text) == (Long) cell;
        case TIMESPAN:
          return TimespanText.parse(text) == (Long) cell;
        case GUID:
          return text.equalsIgnoreCase(cell.toString());
        case DYNAMIC:
          return dynamicMatches(text, (Value) cell);
        default:
          return false;
      }
    } catch (RuntimeException unparsable) {
      return text.equals(CellText.format(cell, type));
    }
  }

  /** Equal within 1e-9 relative, or equal after rounding to the documented number of decimals. */
  static boolean realMatches(String text, double actual) {
    switch (text) {
      case "NaN":
        return Double.isNaN(actual);
      case "Infinity":
      case "∞":
        return actual == Double.POSITIVE_INFINITY;
      case "-Infinity":
      case "-∞":
        return actual == Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    if (Double.isNaN(actual) || Double.isInfinite(actual)) {
      return false;
    }
    BigDecimal expected = new BigDecimal(text);
    double difference = Math.abs(expected.doubleValue() - actual);
    if (difference <= 1e-9 * Math.max(1.0, Math.abs(actual))) {
      return true;
    }
    int decimals = Math.max(expected.scale(), 0);
    BigDecimal rounded = new BigDecimal(actual).setScale(decimals, java.math.RoundingMode.HALF_UP);
    return expected.scale() >= 2 && rounded.compareTo(expected) == 0;
  }

  private static boolean dynamicMatches(String text, Value value) {
    if (value instanceof StringValue string && text.equals(string.value())) {
      return true;
    }
    String actualJson = Json.write(value);
    try {
      JsonNode expected = RELAXED.readTree(text);
      JsonNode actual = RELAXED.readTree(actualJson);
      return JsonEquality.equal(expected, actual);
    } catch (java.io.IOException notJson) {
      return text.equals(actualJson);
    }
  }
}
