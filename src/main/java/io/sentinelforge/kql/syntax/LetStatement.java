package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A let statement binding a name to a scalar, tabular expression or function definition. */
public record LetStatement(String name, Expression value, Span span) implements Statement {

  /** Validates and copies components. */
  public LetStatement {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitLetStatement(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(value);
    return children;
  }
}
