package io.sentinelforge.render;

import java.util.List;

/**
 * One entity mapping of a rule, ready for a template.
 *
 * @param entityType quoted entity type
 * @param fieldMappings quoted identifier/column pairs in file order
 */
public record EntityMappingView(String entityType, List<FieldMapping> fieldMappings) {

  /**
   * One identifier taken from one column.
   *
   * @param identifier quoted identifier
   * @param columnName quoted column name
   */
  public record FieldMapping(String identifier, String columnName) {

    /** Quotes a plain identifier and column name. */
    public static FieldMapping of(String identifier, String columnName) {
      return new FieldMapping(JsonText.literal(identifier), JsonText.literal(columnName));
    }
  }
}
