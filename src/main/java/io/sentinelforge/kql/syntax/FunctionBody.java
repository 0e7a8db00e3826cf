package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The { ... } body of a user-defined function; its last statement gives the result. */
public record FunctionBody(List<Statement> statements, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public FunctionBody {
    statements = List.copyOf(statements);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(statements);
    return children;
  }
}
