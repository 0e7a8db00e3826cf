package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The lookup operator. */
public record LookupOperator(
    List<OperatorParameter> parameters, Expression right, List<Expression> on, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public LookupOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(right, "right");
    on = List.copyOf(on);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitLookupOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.add(right);
    children.addAll(on);
    return children;
  }
}
