package io.sentinelforge.app;

import io.sentinelforge.kql.semantic.HuntingPlaceholders;
import io.sentinelforge.kql.syntax.KqlParser;
import io.sentinelforge.kql.syntax.ParseResult;

/**
 * Parses a query for the query checks of {@code validate}. The syntax and semantic checks run one
 * after the other on the same text, so the last parse of each thread is remembered and the query is
 * parsed once, not once per check.
 */
final class QueryParses {

  private static final ThreadLocal<ParseResult> LAST = new ThreadLocal<>();

  private QueryParses() {}

  /** The parse of {@code text} with hunting placeholders neutralised, as the portal fills them. */
  static ParseResult parse(String queryText) {
    String text = HuntingPlaceholders.neutralise(queryText);
    ParseResult last = LAST.get();
    if (last != null && last.text().equals(text)) {
      return last;
    }
    ParseResult parsed = KqlParser.parse(text);
    LAST.set(parsed);
    return parsed;
  }
}
