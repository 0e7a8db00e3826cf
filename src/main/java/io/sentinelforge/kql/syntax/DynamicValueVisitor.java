package io.sentinelforge.kql.syntax;

/**
 * Dispatch over every {@link DynamicValue} kind (Java 17 has no pattern switch).
 *
 * @param <R> the result type
 */
public interface DynamicValueVisitor<R> {
  /** Visits a {@link DynamicArray}. */
  R visitDynamicArray(DynamicArray node);

  /** Visits a {@link DynamicObject}. */
  R visitDynamicObject(DynamicObject node);

  /** Visits a {@link DynamicScalar}. */
  R visitDynamicScalar(DynamicScalar node);

  /** Visits a {@link DynamicNull}. */
  R visitDynamicNull(DynamicNull node);
}
