package io.sentinelforge.kql.syntax;

/** A statement of a query or function body. */
public sealed interface Statement extends SyntaxNode
    permits LetStatement, ExpressionStatement, SetStatement, DeclareQueryParametersStatement {

  /** Dispatches to the visitor method for this node kind. */
  <R> R accept(StatementVisitor<R> visitor);
}
