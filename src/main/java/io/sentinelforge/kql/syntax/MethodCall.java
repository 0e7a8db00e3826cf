package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A call on a target, such as cluster('c').database('d'). */
public record MethodCall(Expression target, String name, List<Expression> arguments, Span span)
    implements Expression {

  /** Validates and copies components. */
  public MethodCall {
    java.util.Objects.requireNonNull(target, "target");
    java.util.Objects.requireNonNull(name, "name");
    arguments = List.copyOf(arguments);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitMethodCall(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(target);
    children.addAll(arguments);
    return children;
  }
}
