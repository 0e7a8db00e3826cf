package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The mv-apply operator; subquery starts with a QueryOperatorExpression. May be null when absent:
 * limit, contextId.
 */
public record MvApplyOperator(
    List<OperatorParameter> parameters,
    List<MvExpandItem> items,
    Expression limit,
    String contextId,
    Expression subquery,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public MvApplyOperator {
    parameters = List.copyOf(parameters);
    items = List.copyOf(items);
    java.util.Objects.requireNonNull(subquery, "subquery");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitMvApplyOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(items);
    if (limit != null) {
      children.add(limit);
    }
    children.add(subquery);
    return children;
  }
}
