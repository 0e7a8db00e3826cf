package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The reduce operator: {@code reduce [kind=source] by Expr [with threshold=T, characters=C]} groups
 * strings by similarity into patterns.
 *
 * @param parameters the {@code kind} parameter, if given
 * @param by the string expression to reduce
 * @param options {@code threshold} and {@code characters}, in written order
 */
public record ReduceOperator(
    List<OperatorParameter> parameters, Expression by, List<OperatorParameter> options, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ReduceOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(by, "by");
    options = List.copyOf(options);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitReduceOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>(parameters);
    children.add(by);
    children.addAll(options);
    return children;
  }
}
