package io.sentinelforge.kql.syntax;

import java.util.List;

/** The getschema operator. */
public record GetSchemaOperator(Span span) implements QueryOperator {

  /** Validates and copies components. */
  public GetSchemaOperator {
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitGetSchemaOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
