package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A set statement setting a request option. May be null when absent: value. */
public record SetStatement(String option, Expression value, Span span) implements Statement {

  /** Validates and copies components. */
  public SetStatement {
    java.util.Objects.requireNonNull(option, "option");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitSetStatement(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    if (value != null) {
      children.add(value);
    }
    return children;
  }
}
