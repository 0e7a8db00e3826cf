package io.sentinelforge.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code entityMappings} entry as the simulation needs it.
 *
 * @param entityType e.g. {@code Account}
 * @param columnsByIdentifier identifier → column name, in file order
 */
public record EntityMappingSpec(String entityType, Map<String, String> columnsByIdentifier) {

  /** Keeps order. */
  public EntityMappingSpec {
    columnsByIdentifier = Collections.unmodifiableMap(new LinkedHashMap<>(columnsByIdentifier));
  }
}
