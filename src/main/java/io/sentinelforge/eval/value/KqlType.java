package io.sentinelforge.eval.value;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The scalar types of KQL, with the names KQL uses in {@code typeof} and column declarations. */
public enum KqlType {
  STRING("string"),
  INT("int"),
  LONG("long"),
  REAL("real"),
  DECIMAL("decimal"),
  BOOL("bool"),
  DATETIME("datetime"),
  TIMESPAN("timespan"),
  GUID("guid"),
  DYNAMIC("dynamic");

  private static final Map<String, KqlType> ALIASES =
      Map.ofEntries(
          Map.entry("string", STRING),
          Map.entry("int", INT),
          Map.entry("int32", INT),
          Map.entry("long", LONG),
          Map.entry("int64", LONG),
          Map.entry("real", REAL),
          Map.entry("double", REAL),
          Map.entry("decimal", DECIMAL),
          Map.entry("bool", BOOL),
          Map.entry("boolean", BOOL),
          Map.entry("datetime", DATETIME),
          Map.entry("date", DATETIME),
          Map.entry("timespan", TIMESPAN),
          Map.entry("time", TIMESPAN),
          Map.entry("guid", GUID),
          Map.entry("uniqueid", GUID),
          Map.entry("dynamic", DYNAMIC));

  private final String kqlName;

  KqlType(String kqlName) {
    this.kqlName = kqlName;
  }

  /** The canonical KQL name, e.g. {@code real} for both {@code real} and {@code double}. */
  public String kqlName() {
    return kqlName;
  }

  /** Resolves a type name as written in KQL (case-insensitive, aliases such as double, time). */
  public static Optional<KqlType> fromName(String name) {
    return Optional.ofNullable(ALIASES.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Whether the type takes part in arithmetic as a number. */
  public boolean isNumeric() {
    return this == INT || this == LONG || this == REAL || this == DECIMAL;
  }
}
