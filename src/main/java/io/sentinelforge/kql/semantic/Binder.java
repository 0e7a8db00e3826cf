package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.syntax.Query;
import io.sentinelforge.kql.syntax.Statement;

/**
 * The semantic binder: walks a parsed query against a {@link SchemaCatalog} and returns the {@link
 * SemanticModel} (types, row schemas, diagnostics, result schema).
 */
public final class Binder {

  private Binder() {}

  /** Binds a syntactically valid query. */
  public static SemanticModel bind(Query query, SchemaCatalog catalog) {
    SemanticModel model = new SemanticModel();
    BindingContext context = new BindingContext(catalog, model, new Scope(null));
    StatementBinder statements = new StatementBinder(context);
    for (Statement statement : query.statements()) {
      RowSchema result = statement.accept(statements);
      if (result != null) {
        model.setResult(result);
      }
    }
    return model;
  }
}
