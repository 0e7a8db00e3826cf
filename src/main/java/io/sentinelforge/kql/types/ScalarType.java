package io.sentinelforge.kql.types;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A KQL scalar type, plus {@link #UNKNOWN} for expressions whose type could not be inferred (an
 * unresolved name, an open schema), which every check accepts so that one mistake gives one
 * diagnostic.
 */
public enum ScalarType {
  BOOL("bool"),
  INT("int"),
  LONG("long"),
  REAL("real"),
  DECIMAL("decimal"),
  STRING("string"),
  DATETIME("datetime"),
  TIMESPAN("timespan"),
  GUID("guid"),
  DYNAMIC("dynamic"),
  UNKNOWN("unknown");

  private static final Map<String, ScalarType> ALIASES =
      Map.ofEntries(
          Map.entry("boolean", BOOL),
          Map.entry("int32", INT),
          Map.entry("int64", LONG),
          Map.entry("double", REAL),
          Map.entry("float", REAL),
          Map.entry("date", DATETIME),
          Map.entry("time", TIMESPAN),
          Map.entry("uniqueid", GUID),
          Map.entry("uuid", GUID),
          Map.entry("object", DYNAMIC),
          Map.entry("bigint", LONG));

  private final String kqlName;

  ScalarType(String kqlName) {
    this.kqlName = kqlName;
  }

  /** The name KQL uses for this type, e.g. {@code datetime}. */
  public String kqlName() {
    return kqlName;
  }

  /**
   * The type a KQL type name or alias denotes ({@code double} is {@code real}); case-insensitive.
   */
  public static Optional<ScalarType> fromName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (ScalarType type : values()) {
      if (type != UNKNOWN && type.kqlName.equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.ofNullable(ALIASES.get(key));
  }

  /** True for int, long, real and decimal. */
  public boolean isNumeric() {
    return this == INT || this == LONG || this == REAL || this == DECIMAL;
  }

  /** True for int and long, the types KQL accepts where an integer is required. */
  public boolean isInteger() {
    return this == INT || this == LONG;
  }

  /**
   * True when the static type says nothing definite: {@link #UNKNOWN}, or {@link #DYNAMIC} whose
   * run-time value may be of any type.
   */
  public boolean isOpen() {
    return this == UNKNOWN || this == DYNAMIC;
  }

  @Override
  public String toString() {
    return kqlName;
  }
}
