package io.sentinelforge.kql.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Spans of parse-tree nodes and tokens (ANTLR over UTF-16 input, so indexes are String offsets).
 */
final class Spans {

  private Spans() {}

  static Span of(ParserRuleContext context) {
    int start = context.getStart().getStartIndex();
    Token stop = context.getStop();
    int end = stop == null ? start : Math.max(start, stop.getStopIndex() + 1);
    return new Span(Math.max(0, start), Math.max(0, end));
  }

  static Span of(Token token) {
    int start = Math.max(0, token.getStartIndex());
    return new Span(start, Math.max(start, token.getStopIndex() + 1));
  }

  static Span between(Token first, Token last) {
    return new Span(
        first.getStartIndex(), Math.max(first.getStartIndex(), last.getStopIndex() + 1));
  }
}
