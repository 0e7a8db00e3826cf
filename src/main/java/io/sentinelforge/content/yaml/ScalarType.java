package io.sentinelforge.content.yaml;

/** The type YAML's implicit resolution gives a scalar (quoted scalars are always strings). */
public enum ScalarType {
  STRING("string"),
  INTEGER("integer"),
  FLOAT("number"),
  BOOLEAN("boolean"),
  NULL("null"),
  TIMESTAMP("date/time");

  private final String label;

  ScalarType(String label) {
    this.label = label;
  }

  /** The word used in messages. */
  public String label() {
    return label;
  }
}
