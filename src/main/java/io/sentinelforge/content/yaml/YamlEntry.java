package io.sentinelforge.content.yaml;

/**
 * One key/value pair of a mapping, in file order.
 *
 * @param key the key scalar (non-scalar keys are rendered as their text)
 * @param value the value node
 */
public record YamlEntry(YamlScalar key, YamlNode value) {

  /** The key text. */
  public String name() {
    return key.value();
  }
}
