package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.types.ScalarType;

/** Filters must be boolean: {@code where}, {@code countif}, {@code iff} conditions. */
final class Predicates {

  private Predicates() {}

  static void check(BindingContext context, Expression predicate, RowSchema row) {
    ScalarType type = context.scalar(predicate, row);
    if (type != ScalarType.BOOL && !type.isOpen()) {
      context.error(
          SemanticCodes.NON_BOOLEAN_PREDICATE,
          "the filter must be a boolean expression, found " + type,
          predicate.span());
    }
  }
}
