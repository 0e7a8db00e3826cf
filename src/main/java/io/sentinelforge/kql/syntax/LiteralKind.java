package io.sentinelforge.kql.syntax;

/** The KQL scalar type a literal denotes. */
public enum LiteralKind {
  /**
   * {@code "text"}, {@code 'text'}, {@code @"verbatim"}, {@code h"obfuscated"}, {@code
   * ```multi-line```}.
   */
  STRING,
  /** {@code 42}, {@code 0x2A}, {@code long(42)}. */
  LONG,
  /** {@code int(42)}. */
  INT,
  /** {@code 1.5}, {@code 1e3}, {@code real(1.5)}, {@code double(1)}. */
  REAL,
  /** {@code decimal(1.5)}. */
  DECIMAL,
  /** {@code true}, {@code false}, {@code bool(true)}. */
  BOOL,
  /** {@code datetime(2024-01-01)}. */
  DATETIME,
  /** {@code 1h}, {@code 30d}, {@code timespan(1.02:03:04)}, {@code time(1h)}. */
  TIMESPAN,
  /** {@code guid(...)}. */
  GUID
}
