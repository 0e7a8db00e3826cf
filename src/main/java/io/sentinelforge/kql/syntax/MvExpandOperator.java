package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The mv-expand operator. May be null when absent: limit. */
public record MvExpandOperator(
    List<OperatorParameter> parameters, List<MvExpandItem> items, Expression limit, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public MvExpandOperator {
    parameters = List.copyOf(parameters);
    items = List.copyOf(items);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitMvExpandOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(items);
    if (limit != null) {
      children.add(limit);
    }
    return children;
  }
}
