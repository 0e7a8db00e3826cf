package io.sentinelforge.kql.syntax;

import java.util.List;

/** A lone *, as in arg_max(TimeGenerated, *) or distinct *. */
public record StarExpression(Span span) implements Expression {

  /** Validates and copies components. */
  public StarExpression {
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitStarExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    return List.of();
  }
}
