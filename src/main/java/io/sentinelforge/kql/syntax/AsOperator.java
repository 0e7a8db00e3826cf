package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The as operator naming its input. */
public record AsOperator(List<OperatorParameter> parameters, String name, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public AsOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitAsOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    return children;
  }
}
