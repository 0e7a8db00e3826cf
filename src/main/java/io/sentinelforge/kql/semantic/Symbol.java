package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.types.ScalarType;

/** What a {@code let} name (or function parameter) stands for. */
public sealed interface Symbol permits Symbol.Scalar, Symbol.Tabular, Symbol.Function {

  /** A scalar value of a type. */
  record Scalar(ScalarType type) implements Symbol {}

  /** A tabular value with a row schema. */
  record Tabular(RowSchema schema) implements Symbol {}

  /**
   * A user-defined function: its arity range and what a call returns (a scalar type, or a row
   * schema when {@code tabular}).
   *
   * @param minArguments fewest arguments (parameters without default)
   * @param maxArguments most arguments
   * @param resultType the scalar result type, when not tabular
   * @param resultSchema the row schema of the result, when tabular
   */
  record Function(int minArguments, int maxArguments, ScalarType resultType, RowSchema resultSchema)
      implements Symbol {

    /** True when a call returns rows. */
    public boolean tabular() {
      return resultSchema != null;
    }
  }
}
