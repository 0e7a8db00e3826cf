package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** The render operator. */
public record RenderOperator(String visualization, List<NamedExpression> properties, Span span)
    implements QueryOperator {

  /** Validates and copies components. */
  public RenderOperator {
    java.util.Objects.requireNonNull(visualization, "visualization");
    properties = List.copyOf(properties);
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(QueryOperatorVisitor<R> visitor) {
    return visitor.visitRenderOperator(this);
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.addAll(properties);
    return children;
  }
}
