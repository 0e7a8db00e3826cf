package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A user-defined function (params) { body } in a let statement. */
public record FunctionDefinition(
    boolean view, List<FunctionParameter> parameters, FunctionBody body, Span span)
    implements Expression {

  /** Validates and copies components. */
  public FunctionDefinition {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(body, "body");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitFunctionDefinition(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.add(body);
    return children;
  }
}
