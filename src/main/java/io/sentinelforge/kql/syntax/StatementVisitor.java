package io.sentinelforge.kql.syntax;

/**
 * Dispatch over every {@link Statement} kind (Java 17 has no pattern switch).
 *
 * @param <R> the result type
 */
public interface StatementVisitor<R> {
  /** Visits a {@link LetStatement}. */
  R visitLetStatement(LetStatement node);

  /** Visits a {@link ExpressionStatement}. */
  R visitExpressionStatement(ExpressionStatement node);

  /** Visits a {@link SetStatement}. */
  R visitSetStatement(SetStatement node);

  /** Visits a {@link DeclareQueryParametersStatement}. */
  R visitDeclareQueryParametersStatement(DeclareQueryParametersStatement node);
}
