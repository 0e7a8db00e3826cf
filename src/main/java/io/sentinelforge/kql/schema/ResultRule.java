package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.ScalarType;
import java.util.List;

/**
 * How a function's result type follows from its arguments.
 *
 * @param mode which rule applies
 * @param type the fixed type, for {@link Mode#FIXED}
 * @param argument the argument index, for {@link Mode#ARGUMENT}
 */
public record ResultRule(Mode mode, ScalarType type, int argument) {

  /** The kinds of result rule. */
  public enum Mode {
    /** Always the same type. */
    FIXED,
    /** The type of one argument. */
    ARGUMENT,
    /** Numeric promotion over all arguments. */
    NUMERIC,
    /** The first known type among arguments 1, 2, ... (iff, case). */
    COMMON,
    /** A tabular or multi-column result, which the binder derives itself. */
    TABULAR
  }

  /** The result type for these argument types (UNKNOWN when it cannot be told). */
  public ScalarType apply(List<ScalarType> arguments) {
    switch (mode) {
      case FIXED:
        return type;
      case ARGUMENT:
        return argument < arguments.size() ? arguments.get(argument) : ScalarType.UNKNOWN;
      case NUMERIC:
        return numeric(arguments);
      case COMMON:
        for (int i = 1; i < arguments.size(); i++) {
          if (arguments.get(i) != ScalarType.UNKNOWN) {
            return arguments.get(i);
          }
        }
        return ScalarType.UNKNOWN;
      default:
        return ScalarType.UNKNOWN;
    }
  }

  private static ScalarType numeric(List<ScalarType> arguments) {
    ScalarType result = ScalarType.INT;
    for (ScalarType argument : arguments) {
      if (!argument.isNumeric()) {
        return ScalarType.UNKNOWN;
      }
      result = io.sentinelforge.kql.types.TypeRules.promote(result, argument);
    }
    return result;
  }
}
