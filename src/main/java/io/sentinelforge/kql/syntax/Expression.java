package io.sentinelforge.kql.syntax;

/** A scalar or tabular expression. */
public sealed interface Expression extends SyntaxNode
    permits Literal,
        DynamicLiteral,
        NameReference,
        StarExpression,
        FunctionCall,
        MethodCall,
        PropertyAccess,
        IndexAccess,
        UnaryExpression,
        BinaryExpression,
        InExpression,
        BetweenExpression,
        ParenthesizedExpression,
        NamedExpression,
        TypeOfExpression,
        PipeExpression,
        QueryOperatorExpression,
        FunctionDefinition {

  /** Dispatches to the visitor method for this node kind. */
  <R> R accept(ExpressionVisitor<R> visitor);
}
