package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The serialize operator. */
public record SerializeOperator(List<Expression> columns, Span span) implements QueryOperator {

  /** Validates and copies components. */
  public SerializeOperator {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitSerializeOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
