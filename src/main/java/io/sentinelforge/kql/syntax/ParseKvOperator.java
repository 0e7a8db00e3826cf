package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The parse-kv operator. */
public record ParseKvOperator(
    Expression source, List<ColumnDeclaration> columns, List<NamedExpression> properties, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ParseKvOperator {
    java.util.Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    properties = List.copyOf(properties);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitParseKvOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(source);
    children.addAll(columns);
    children.addAll(properties);
    return children;
  }
}
