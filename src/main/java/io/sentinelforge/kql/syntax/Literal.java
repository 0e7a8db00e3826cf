package io.sentinelforge.kql.syntax;

import java.util.List;

/** A scalar literal; text is its exact source text (quotes, prefixes and units included). */
public record Literal(LiteralKind kind, String text, Span span) implements Expression {

  /** Validates and copies components. */
  public Literal {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitLiteral(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
