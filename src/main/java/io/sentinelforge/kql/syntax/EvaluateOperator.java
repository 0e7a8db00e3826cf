package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluate operator calling a plugin, with an optional : (schema) of its output; {@code
 * keepsInputColumns} is the schema's leading {@code *}.
 */
public record EvaluateOperator(
    List<OperatorParameter> parameters,
    Expression plugin,
    List<ColumnDeclaration> outputSchema,
    boolean keepsInputColumns,
    Span span)
    implements QueryOperator {

  /** An evaluate without a leading {@code *} in its output schema. */
  public EvaluateOperator(
      List<OperatorParameter> parameters,
      Expression plugin,
      List<ColumnDeclaration> outputSchema,
      Span span) {
    this(parameters, plugin, outputSchema, false, span);
  }

  /** Validates and copies components. */
  public EvaluateOperator {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(plugin, "plugin");
    outputSchema = List.copyOf(outputSchema);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitEvaluateOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(parameters);
    children.add(plugin);
    children.addAll(outputSchema);
    return children;
  }
}
