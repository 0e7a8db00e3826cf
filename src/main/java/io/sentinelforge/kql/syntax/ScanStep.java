package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code step Name [output=all|last|none]: Condition [=> Col = Expr, ...];} of a scan.
 *
 * @param output {@code all}, {@code last} or {@code none}; null when not written (means all)
 */
public record ScanStep(
    String name, String output, Expression condition, List<NamedExpression> assignments, Span span)
    implements SyntaxNode {

  /** Validates and copies components. */
  public ScanStep {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(condition, "condition");
    assignments = List.copyOf(assignments);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(condition);
    children.addAll(assignments);
    return children;
  }
}
