package io.sentinelforge.kql.syntax;

import io.sentinelforge.kql.syntax.KqlGrammarParser.DynamicValueContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.LiteralContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.NumberLiteralContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.StringLiteralContext;
import java.util.Locale;

/** Builds {@link Literal} nodes and decides their kind from the token. */
final class Literals {

  private Literals() {}

  static Literal of(LiteralContext context) {
    Span span = Spans.of(context);
    String text = context.getText();
    if (context.stringLiteral() != null) {
      return string(context.stringLiteral());
    }
    if (context.numberLiteral() != null) {
      return number(context.numberLiteral());
    }
    if (context.TIMESPAN() != null) {
      return new Literal(LiteralKind.TIMESPAN, text, span);
    }
    if (context.TYPED_LITERAL() != null) {
      return new Literal(typedKind(text), text, span);
    }
    return new Literal(LiteralKind.BOOL, text, span);
  }

  static Literal string(StringLiteralContext context) {
    Span span = Spans.of(context);
    String text =
        context
            .getStart()
            .getInputStream()
            .getText(org.antlr.v4.runtime.misc.Interval.of(span.start(), span.end() - 1));
    return new Literal(LiteralKind.STRING, text, span);
  }

  static Literal number(NumberLiteralContext context) {
    LiteralKind kind = context.REAL() != null ? LiteralKind.REAL : LiteralKind.LONG;
    return new Literal(kind, context.getText(), Spans.of(context));
  }

  static Literal negativeNumber(DynamicValueContext context) {
    Literal number = number(context.numberLiteral());
    return new Literal(number.kind(), "-" + number.text(), Spans.of(context));
  }

  private static LiteralKind typedKind(String text) {
    String type = text.substring(0, text.indexOf('(')).toLowerCase(Locale.ROOT);
    switch (type) {
      case "datetime":
        return LiteralKind.DATETIME;
      case "timespan":
      case "time":
        return LiteralKind.TIMESPAN;
      case "guid":
        return LiteralKind.GUID;
      case "int":
        return LiteralKind.INT;
      case "real":
      case "double":
        return LiteralKind.REAL;
      case "bool":
      case "boolean":
        return LiteralKind.BOOL;
      case "decimal":
        return LiteralKind.DECIMAL;
      default:
        return LiteralKind.LONG;
    }
  }
}
