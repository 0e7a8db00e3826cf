package io.sentinelforge.app;

import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.ParseResult;
import java.util.List;

/**
 * How deep {@code kql check} looks at a query. Syntax is always checked; a deeper level adds its
 * diagnostics for queries that parse.
 */
@FunctionalInterface
public interface KqlCheckLevel {

  /** Syntax only: nothing beyond the parser. */
  KqlCheckLevel SYNTAX = parsed -> List.of();

  /** Diagnostics beyond syntax for a query that parsed ({@code parsed.ok()} is true). */
  List<KqlDiagnostic> check(ParseResult parsed);
}
