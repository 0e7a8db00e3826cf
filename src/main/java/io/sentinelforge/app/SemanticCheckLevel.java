package io.sentinelforge.app;

import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.semantic.Binder;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.ParseResult;
import java.util.List;

/**
 * {@code kql check --level semantic}: binds names and types against the built-in table and function
 * catalogue (the semantic engineer's {@link Binder}).
 */
public final class SemanticCheckLevel implements KqlCheckLevel {

  private final SchemaCatalog catalog;

  /** A level using the built-in catalogue. */
  public SemanticCheckLevel() {
    this(SchemaCatalog.builtIn());
  }

  /** A level using a given catalogue. */
  public SemanticCheckLevel(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<KqlDiagnostic> check(ParseResult parsed) {
    return Binder.bind(parsed.query(), catalog).diagnostics();
  }
}
