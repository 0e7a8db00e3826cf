package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** A declare query_parameters(...) statement. */
public record DeclareQueryParametersStatement(List<FunctionParameter> parameters, Span span)
    implements Statement {

  /** Validates and copies components. */
  public DeclareQueryParametersStatement {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitDeclareQueryParametersStatement(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    return children;
  }
}
