package io.sentinelforge.kql.types;

import java.util.Locale;
import java.util.Optional;

/**
 * What a function parameter accepts, as written in the function catalogue ({@code string}, {@code
 * numeric}, {@code summable}, ...). Open argument types are always accepted.
 */
public enum TypeConstraint {
  /** Any scalar. */
  ANY("any"),
  /** A string (or dynamic, which KQL converts). */
  STRING("string"),
  /** A boolean. */
  BOOL("bool"),
  /** int, long, real or decimal. */
  NUMERIC("numeric"),
  /** int or long. */
  INTEGER("integer"),
  /** A datetime. */
  DATETIME("datetime"),
  /** A timespan. */
  TIMESPAN("timespan"),
  /** A dynamic value (array or property bag). */
  DYNAMIC("dynamic"),
  /** A number, timespan or datetime: what {@code sum} and {@code bin} take. */
  SUMMABLE("summable"),
  /** A number or timespan: the rounding size of {@code bin}. */
  NUMBER_OR_TIMESPAN("numeric_or_timespan"),
  /** A guid or string. */
  GUID("guid");

  private final String catalogueName;

  TypeConstraint(String catalogueName) {
    this.catalogueName = catalogueName;
  }

  /** The name used in the function catalogue. */
  public String catalogueName() {
    return catalogueName;
  }

  /** The constraint with this catalogue name. */
  public static Optional<TypeConstraint> fromName(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (TypeConstraint constraint : values()) {
      if (constraint.catalogueName.equals(key)) {
        return Optional.of(constraint);
      }
    }
    return Optional.empty();
  }

  /** True when an argument of this type is acceptable. */
  public boolean accepts(ScalarType type) {
    if (type.isOpen() || this == ANY) {
      return true;
    }
    switch (this) {
      case STRING:
        return type == ScalarType.STRING;
      case BOOL:
        return type == ScalarType.BOOL;
      case NUMERIC:
        return type.isNumeric();
      case INTEGER:
        return type.isInteger();
      case DATETIME:
        return type == ScalarType.DATETIME;
      case TIMESPAN:
        return type == ScalarType.TIMESPAN;
      case DYNAMIC:
        return false;
      case SUMMABLE:
        return type.isNumeric() || TypeRules.isTemporal(type);
      case NUMBER_OR_TIMESPAN:
        return type.isNumeric() || type == ScalarType.TIMESPAN;
      case GUID:
        return type == ScalarType.GUID || type == ScalarType.STRING;
      default:
        return true;
    }
  }

  /** How the expected type is worded in a diagnostic. */
  public String describe() {
    switch (this) {
      case SUMMABLE:
        return "a number, timespan or datetime";
      case NUMBER_OR_TIMESPAN:
        return "a number or timespan";
      case NUMERIC:
        return "a number";
      case INTEGER:
        return "an integer";
      case ANY:
        return "any scalar";
      default:
        return "a value of type " + catalogueName;
    }
  }
}
