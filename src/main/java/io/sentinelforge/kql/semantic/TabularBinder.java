package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.BetweenExpression;
import io.sentinelforge.kql.syntax.BinaryExpression;
import io.sentinelforge.kql.syntax.DynamicLiteral;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ExpressionVisitor;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.FunctionDefinition;
import io.sentinelforge.kql.syntax.InExpression;
import io.sentinelforge.kql.syntax.IndexAccess;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.MethodCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.PropertyAccess;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import io.sentinelforge.kql.syntax.StarExpression;
import io.sentinelforge.kql.syntax.TypeOfExpression;
import io.sentinelforge.kql.syntax.UnaryExpression;

/**
 * The row schema of a tabular expression: a table or tabular name, a tabular call, a pipeline.
 * Scalar-only forms in a tabular position are bound as scalars and give an open schema.
 */
final class TabularBinder implements ExpressionVisitor<RowSchema> {

  private final BindingContext context;
  private final RowSchema implicitInput;

  TabularBinder(BindingContext context, RowSchema implicitInput) {
    this.context = context;
    this.implicitInput = implicitInput;
  }

  @Override
  public RowSchema visitNameReference(NameReference node) {
    return new TableResolver(context).resolve(node);
  }

  @Override
  public RowSchema visitFunctionCall(FunctionCall node) {
    return new TabularCalls(context).bind(node);
  }

  @Override
  public RowSchema visitPipeExpression(PipeExpression node) {
    RowSchema source = context.tabular(node.source(), implicitInput);
    return context.apply(node.operator(), source);
  }

  @Override
  public RowSchema visitQueryOperatorExpression(QueryOperatorExpression node) {
    return context.apply(node.operator(), implicitInput);
  }

  @Override
  public RowSchema visitParenthesizedExpression(ParenthesizedExpression node) {
    return context.tabular(node.expression(), implicitInput);
  }

  private RowSchema scalar(Expression node) {
    context.scalar(node, RowSchema.OPEN);
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitLiteral(Literal node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitDynamicLiteral(DynamicLiteral node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitStarExpression(StarExpression node) {
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitMethodCall(MethodCall node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitPropertyAccess(PropertyAccess node) {
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitIndexAccess(IndexAccess node) {
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitUnaryExpression(UnaryExpression node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitBinaryExpression(BinaryExpression node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitInExpression(InExpression node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitBetweenExpression(BetweenExpression node) {
    return scalar(node);
  }

  @Override
  public RowSchema visitNamedExpression(NamedExpression node) {
    return context.tabular(node.value(), implicitInput);
  }

  @Override
  public RowSchema visitTypeOfExpression(TypeOfExpression node) {
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitFunctionDefinition(FunctionDefinition node) {
    return RowSchema.OPEN;
  }
}
