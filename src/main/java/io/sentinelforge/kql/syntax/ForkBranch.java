package io.sentinelforge.kql.syntax;

import java.util.ArrayList;
import java.util.List;

/** One branch of fork. May be null when absent: name. */
public record ForkBranch(String name, Expression pipeline, Span span) implements SyntaxNode {

  /** Validates and copies components. */
  public ForkBranch {
    java.util.Objects.requireNonNull(pipeline, "pipeline");
    java.util.Objects.requireNonNull(span, "span");
  }

  @Override
  public List<SyntaxNode> children() {
    List<SyntaxNode> children = new ArrayList<>();
    children.add(pipeline);
    return children;
  }
}
