package io.sentinelforge.content;

import java.util.List;

/** An {@code entityMappings} entry: an entity type and its field mappings. */
public record EntityMapping(String entityType, List<FieldMapping> fieldMappings) {

  /** Copies the list. */
  public EntityMapping {
    fieldMappings = List.copyOf(fieldMappings);
  }
}
