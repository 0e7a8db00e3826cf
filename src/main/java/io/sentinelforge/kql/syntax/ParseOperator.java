package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The parse operator. */
public record ParseOperator(
    List<OperatorParameter> parameters,
    Expression source,
    List<ParsePatternElement> pattern,
    Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ParseOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(source, "source");
    pattern = List.copyOf(pattern);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitParseOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.add(source);
    children.addAll(pattern);
    return children;
  }
}
