package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The join operator; on holds column names or $left.a == $right.b conditions. May be null when
 * absent: where.
 */
public record JoinOperator(
    List<OperatorParameter> parameters,
    Expression right,
    List<Expression> on,
    Expression where,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public JoinOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(right, "right");
    on = List.copyOf(on);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitJoinOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.add(right);
    children.addAll(on);
    if (where != null) {
      children.add(where);
    }
    return children;
  }
}
