package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Dot access to a dynamic property or entity member, such as LocationDetails.city or $left.Account.
 */
public record PropertyAccess(Expression target, String name, Span span) implements Expression {

  /** Validates and copies components. */
  public PropertyAccess {
    java.util.Objects.requireNonNull(target, "target");
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitPropertyAccess(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(target);
    return children;
  }
}
