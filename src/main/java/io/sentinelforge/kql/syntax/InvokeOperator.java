package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The invoke operator calling a tabular function on its input. */
public record InvokeOperator(Expression function, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public InvokeOperator {
    java.util.Objects.requireNonNull(function, "function");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitInvokeOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(function);
    return children;
  }
}
