package io.sentinelforge.kql.syntax;

import java.util.List;

/** A node of the KQL syntax tree; every node knows where it is in the query text. */
public interface SyntaxNode {

  /** UTF-16 offsets of this node in the query text. */
  Span span();

  /** The direct child nodes, in source order, for generic walks. */
  List<SyntaxNode> children();
}
