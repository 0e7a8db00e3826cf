package io.sentinelforge.render;

/**
 * A name and a value, both finished JSON literals, for maps and tag lists in templates.
 *
 * @param name the quoted name
 * @param value the quoted (ARM-safe) value
 */
public record NameValue(String name, String value) {

  /** Quotes a plain name and value. */
  public static NameValue of(String name, String value) {
    return new NameValue(JsonText.quote(name), JsonText.literal(value));
  }
}
