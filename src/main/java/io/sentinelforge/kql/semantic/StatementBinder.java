package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.DeclareQueryParametersStatement;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ExpressionStatement;
import io.sentinelforge.kql.syntax.FunctionDefinition;
import io.sentinelforge.kql.syntax.LetStatement;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.SetStatement;
import io.sentinelforge.kql.syntax.StatementVisitor;
import java.util.List;

/**
 * Binds statements in order: {@code let} defines a scalar, tabular or function symbol in the
 * current scope; an expression statement yields the result (its row schema, or null if scalar).
 */
final class StatementBinder implements StatementVisitor<RowSchema> {

  private static final RowSchema NO_ROW = RowSchema.of(List.of());

  private final BindingContext context;

  StatementBinder(BindingContext context) {
    this.context = context;
  }

  @Override
  public RowSchema visitLetStatement(LetStatement node) {
    Expression value = node.value();
    if (value instanceof FunctionDefinition) {
      context.scope.define(
          node.name(), new FunctionBinder(context).define((FunctionDefinition) value));
    } else if (TabularShape.isTabular(value, context, null) || isUnresolvedName(value)) {
      context.scope.define(node.name(), new Symbol.Tabular(context.tabular(value, null)));
    } else {
      context.scope.define(node.name(), new Symbol.Scalar(context.scalar(value, NO_ROW)));
    }
    return null;
  }

  /** A bare unknown name in a {@code let} is most likely a misspelt table. */
  private boolean isUnresolvedName(Expression value) {
    return value instanceof NameReference
        && context.scope.lookup(((NameReference) value).name()).isEmpty();
  }

  @Override
  public RowSchema visitExpressionStatement(ExpressionStatement node) {
    Expression expression = node.expression();
    if (TabularShape.isTabular(expression, context, null) || isUnresolvedName(expression)) {
      return context.tabular(expression, null);
    }
    context.scalar(expression, NO_ROW);
    return null;
  }

  @Override
  public RowSchema visitSetStatement(SetStatement node) {
    return null;
  }

  @Override
  public RowSchema visitDeclareQueryParametersStatement(DeclareQueryParametersStatement node) {
    return null;
  }
}
