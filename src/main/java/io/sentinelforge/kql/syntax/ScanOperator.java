package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The scan operator: steps matched record by record over the serialized input, with state.
 *
 * @param matchIdColumn the {@code with_match_id} column name, or null
 * @param declarations the {@code declare} columns
 * @param steps the steps in written order
 */
public record ScanOperator(
    String matchIdColumn, List<ScanColumn> declarations, List<ScanStep> steps, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ScanOperator {
    declarations = List.copyOf(declarations);
    steps = List.copyOf(steps);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitScanOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>(declarations);
    children.addAll(steps);
    return children;
  }
}
