package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The project-rename operator; each rename is NewName = OldName. */
public record ProjectRenameOperator(List<NamedExpression> renames, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public ProjectRenameOperator {
    renames = List.copyOf(renames);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitProjectRenameOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(renames);
    return children;
  }
}
