package io.sentinelforge.content.check;

/** The YAML shape a field must have. */
public enum FieldShape {
  /** A scalar read as text. */
  TEXT("a string"),
  /** An integer scalar. */
  INTEGER("an integer"),
  /** A boolean scalar. */
  BOOLEAN("true or false"),
  /** A list of scalars. */
  TEXT_LIST("a list of strings"),
  /** A list of mappings described by a nested schema. */
  MAPPING_LIST("a list of mappings"),
  /** A mapping described by a nested schema. */
  MAPPING("a mapping"),
  /** A mapping of names to scalars. */
  TEXT_MAP("a mapping of names to strings"),
  /** Anything (free-form metadata). */
  ANY("any value");

  private final String description;

  FieldShape(String description) {
    this.description = description;
  }

  /** How messages describe the expected shape. */
  public String description() {
    return description;
  }
}
