package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The externaldata operator. */
public record ExternalDataOperator(
    List<OperatorParameter> parameters,
    List<ColumnDeclaration> columns,
    List<Expression> uris,
    List<NamedExpression> properties,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ExternalDataOperator {
    parameters = List.copyOf(parameters);
    columns = List.copyOf(columns);
    uris = List.copyOf(uris);
    properties = List.copyOf(properties);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitExternalDataOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.addAll(columns);
    children.addAll(uris);
    children.addAll(properties);
    return children;
  }
}
