package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.EntityMappingSpec;
import io.sentinelforge.verify.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes entities from result rows through {@code entityMappings}, as Sentinel does: an identifier
 * whose column is empty or null is left out, and an entity with no identifier left is dropped.
 */
final class EntityExtractor {

  private final List<EntityMappingSpec> mappings;

  EntityExtractor(List<EntityMappingSpec> mappings) {
    this.mappings = mappings;
  }

  /** The distinct entities of {@code rows}, in row then mapping order. */
  List<AlertEntity> entities(List<Map<String, Object>> rows) {
    Set<AlertEntity> entities = new LinkedHashSet<>();
    for (Map<String, Object> row : rows) {
      for (EntityMappingSpec mapping : mappings) {
        AlertEntity entity = entity(mapping, row);
        if (entity != null) {
          entities.add(entity);
        }
      }
    }
    return new ArrayList<>(entities);
  }

  private static AlertEntity entity(EntityMappingSpec mapping, Map<String, Object> row) {
    Map<String, String> identifiers = new LinkedHashMap<>();
    mapping
        .columnsByIdentifier()
        .forEach(
            (identifier, column) -> {
              String value = ValueText.of(row.get(column));
              if (!value.isEmpty()) {
                identifiers.put(identifier, value);
              }
            });
    return identifiers.isEmpty() ? null : new AlertEntity(mapping.entityType(), identifiers);
  }
}
