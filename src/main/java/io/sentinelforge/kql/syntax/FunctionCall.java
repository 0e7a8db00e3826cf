package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A call of a built-in, user-defined or let-bound function, such as ago(1d). */
public record FunctionCall(String name, List<Expression> arguments, Span span)
    implements Expression {

  /** Validates and copies components. */
  public FunctionCall {
    java.util.Objects.requireNonNull(name, "name");
    arguments = List.copyOf(arguments);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitFunctionCall(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(arguments);
    return children;
  }
}
