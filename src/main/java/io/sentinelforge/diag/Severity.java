package io.sentinelforge.diag;

/** How serious a diagnostic is; only errors fail validation. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in text output and JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
