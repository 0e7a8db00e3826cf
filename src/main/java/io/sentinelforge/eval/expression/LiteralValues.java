package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.value.DateTimeParser;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.TimespanParser;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

/** The value a literal denotes, from its exact source text and kind. */
public final class LiteralValues {

  private LiteralValues() {}

  /** Decodes a literal; malformed text is an {@link EvaluationException}. */
  public static Value of(Literal literal) {
    String text = literal.text().trim();
    try {
      switch (literal.kind()) {
        case STRING:
          return Values.of(KqlStrings.value(text));
        case BOOL:
          return bool(unwrap(text));
        case INT:
          return nullOr(unwrap(text), KqlType.INT, t -> Values.ofInt((int) parseLong(t)));
        case LONG:
          return nullOr(unwrap(text), KqlType.LONG, t -> Values.of(parseLong(t)));
        case REAL:
          return nullOr(unwrap(text), KqlType.REAL, t -> Values.of(parseReal(t)));
        case DECIMAL:
          return nullOr(unwrap(text), KqlType.DECIMAL, t -> Values.of(new BigDecimal(t)));
        case DATETIME:
          return nullOr(unwrap(text), KqlType.DATETIME, LiteralValues::datetime);
        case TIMESPAN:
          return nullOr(unwrap(text), KqlType.TIMESPAN, LiteralValues::timespan);
        case GUID:
          return nullOr(unwrap(text), KqlType.GUID, t -> Values.of(UUID.fromString(t)));
        default:
          throw new EvaluationException("unknown literal " + text);
      }
    } catch (IllegalArgumentException | ArithmeticException bad) {
      throw new EvaluationException(
          "malformed " + literal.kind().name().toLowerCase(Locale.ROOT) + " literal " + text);
    }
  }

  /** {@code long(42)} → {@code 42}; text without a type wrapper is returned as is. */
  static String unwrap(String text) {
    int open = text.indexOf('(');
    if (open > 0 && text.endsWith(")") && Character.isLetter(text.charAt(0))) {
      String inner = text.substring(open + 1, text.length() - 1).trim();
      boolean quoted =
          inner.length() >= 2
              && (inner.startsWith("\"") || inner.startsWith("'"))
              && inner.charAt(inner.length() - 1) == inner.charAt(0);
      return quoted ? KqlStrings.value(inner) : inner;
    }
    return text;
  }

  private static Value nullOr(
      String text, KqlType type, java.util.function.Function<String, Value> parse) {
    return text.equalsIgnoreCase("null") ? Values.nullOf(type) : parse.apply(text);
  }

  private static Value bool(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
        return Values.of(true);
      case "false":
        return Values.of(false);
      case "null":
        return Values.nullOf(KqlType.BOOL);
      default:
        throw new IllegalArgumentException(text);
    }
  }

  private static long parseLong(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) {
      return Long.parseUnsignedLong(lower.substring(2), 16);
    }
    if (lower.startsWith("-0x")) {
      return -Long.parseUnsignedLong(lower.substring(3), 16);
    }
    return Long.parseLong(text);
  }

  private static double parseReal(String text) {
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

  private static Value datetime(String text) {
    OptionalLong ticks = DateTimeParser.parse(text);
    if (ticks.isEmpty()) {
      throw new IllegalArgumentException(text);
    }
    return new DateTimeValue(ticks.getAsLong());
  }

  private static Value timespan(String text) {
    OptionalLong ticks = TimespanParser.parse(text);
    if (ticks.isEmpty()) {
      throw new IllegalArgumentException(text);
    }
    return new TimespanValue(ticks.getAsLong());
  }
}
