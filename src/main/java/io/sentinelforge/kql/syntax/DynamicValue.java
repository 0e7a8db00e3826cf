package io.sentinelforge.kql.syntax;

/** A value inside a dynamic literal. */
public sealed interface DynamicValue extends SyntaxNode
    permits DynamicArray, DynamicObject, DynamicScalar, DynamicNull {

  /** Dispatches to the visitor method for this node kind. */
  <R> R accept(DynamicValueVisitor<R> visitor);
}
