package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * typeof(string) (scalarType set) or typeof(a:string, b:long) (columns set). May be null when
 * absent: scalarType.
 */
public record TypeOfExpression(String scalarType, List<ColumnDeclaration> columns, Span span)
    implements Expression {

  /** Validates and copies components. */
  public TypeOfExpression {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTypeOfExpression(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(columns);
    return children;
  }
}
