package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A query expression statement (the tabular query whose result is returned). */
public record ExpressionStatement(Expression expression, Span span) implements Statement {

  /** Validates and copies components. */
  public ExpressionStatement {
    java.util.Objects.requireNonNull(expression, "expression");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitExpressionStatement(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(expression);
    return children;
  }
}
