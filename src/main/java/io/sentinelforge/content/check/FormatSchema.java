package io.sentinelforge.content.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys a YAML mapping may have and the shape of each; nested mappings have their own schema.
 */
public final class FormatSchema {

  /** One known key. */
  public record Field(FieldShape shape, FormatSchema nested) {}

  private final Map<String, Field> fields = new LinkedHashMap<>();

  /** Adds a field without nested schema. */
  public FormatSchema field(String key, FieldShape shape) {
    fields.put(key, new Field(shape, null));
    return this;
  }

  /** Adds a field whose mapping (or list items) follow {@code nested}. */
  public FormatSchema field(String key, FieldShape shape, FormatSchema nested) {
    fields.put(key, new Field(shape, nested));
    return this;
  }

  /** The known fields, in documentation order. */
  public Map<String, Field> fields() {
    return Map.copyOf(fields);
  }

  /** The field for a key, or null. */
  public Field get(String key) {
    return fields.get(key);
  }
}
