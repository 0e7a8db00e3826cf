package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.QueryOperator;
import io.sentinelforge.kql.syntax.Span;
import io.sentinelforge.kql.types.ScalarType;

/**
 * The state shared while binding one query: catalogue, current {@code let} scope and the model
 * being filled. Hands out the scalar, tabular and operator visitors.
 */
final class BindingContext {

  final SchemaCatalog catalog;
  final SemanticModel model;
  Scope scope;

  BindingContext(SchemaCatalog catalog, SemanticModel model, Scope scope) {
    this.catalog = catalog;
    this.model = model;
    this.scope = scope;
  }

  /** The type of a scalar expression evaluated against these rows. */
  ScalarType scalar(Expression expression, RowContext rows) {
    ScalarType type = expression.accept(new ExpressionBinder(this, rows));
    model.recordType(expression, type);
    return type;
  }

  /** The type of a scalar expression against a plain row. */
  ScalarType scalar(Expression expression, RowSchema row) {
    return scalar(expression, RowContext.of(row));
  }

  /**
   * The row schema of a tabular expression; {@code implicitInput} feeds a pipeline that starts with
   * an operator (as in {@code mv-apply ... on (where ...)}), or is null.
   */
  RowSchema tabular(Expression expression, RowSchema implicitInput) {
    RowSchema schema = expression.accept(new TabularBinder(this, implicitInput));
    model.recordSchema(expression, schema);
    return schema;
  }

  /** The row schema after applying an operator to input rows. */
  RowSchema apply(QueryOperator operator, RowSchema input) {
    RowSchema schema = operator.accept(new OperatorBinder(this, input));
    model.recordSchema(operator, schema);
    return schema;
  }

  void error(String code, String message, Span span) {
    model.report(KqlDiagnostic.error(code, message, span));
  }

  /** Runs {@code body} in a nested scope. */
  <T> T nested(java.util.function.Supplier<T> body) {
    Scope saved = scope;
    scope = new Scope(saved);
    try {
      return body.get();
    } finally {
      scope = saved;
    }
  }
}
