package io.sentinelforge.kql.syntax;

/**
 * Dispatch over every {@link Expression} kind (Java 17 has no pattern switch).
 *
 * @param <R> the result type
 */
public interface ExpressionVisitor<R> {
  /** Visits a {@link Literal}. */
  R visitLiteral(Literal node);

  /** Visits a {@link DynamicLiteral}. */
  R visitDynamicLiteral(DynamicLiteral node);

  /** Visits a {@link NameReference}. */
  R visitNameReference(NameReference node);

  /** Visits a {@link StarExpression}. */
  R visitStarExpression(StarExpression node);

  /** Visits a {@link FunctionCall}. */
  R visitFunctionCall(FunctionCall node);

  /** Visits a {@link MethodCall}. */
  R visitMethodCall(MethodCall node);

  /** Visits a {@link PropertyAccess}. */
  R visitPropertyAccess(PropertyAccess node);

  /** Visits a {@link IndexAccess}. */
  R visitIndexAccess(IndexAccess node);

  /** Visits a {@link UnaryExpression}. */
  R visitUnaryExpression(UnaryExpression node);

  /** Visits a {@link BinaryExpression}. */
  R visitBinaryExpression(BinaryExpression node);

  /** Visits a {@link InExpression}. */
  R visitInExpression(InExpression node);

  /** Visits a {@link BetweenExpression}. */
  R visitBetweenExpression(BetweenExpression node);

  /** Visits a {@link ParenthesizedExpression}. */
  R visitParenthesizedExpression(ParenthesizedExpression node);

  /** Visits a {@link NamedExpression}. */
  R visitNamedExpression(NamedExpression node);

  /** Visits a {@link TypeOfExpression}. */
  R visitTypeOfExpression(TypeOfExpression node);

  /** Visits a {@link PipeExpression}. */
  R visitPipeExpression(PipeExpression node);

  /** Visits a {@link QueryOperatorExpression}. */
  R visitQueryOperatorExpression(QueryOperatorExpression node);

  /** Visits a {@link FunctionDefinition}. */
  R visitFunctionDefinition(FunctionDefinition node);
}
