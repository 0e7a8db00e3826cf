package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.kql.syntax.ParseResult;
import java.util.List;

/**
 * The syntax stage of {@code validate}: parses each query with our KQL grammar and reports its
 * syntax errors (KQL0xx) at the YAML file's line and column. Hunting placeholders such as {@code
 * {{StartTimeISO}}} are neutralised first, as the portal fills them in.
 */
public final class SyntaxQueryCheck implements QueryCheck {

  @Override
  public List<Diagnostic> check(Subject subject) {
    ParseResult parsed = QueryParses.parse(subject.text());
    return parsed.diagnostics(subject.sourceMap());
  }
}
