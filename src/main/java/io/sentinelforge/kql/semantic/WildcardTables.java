package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.schema.TableSchema;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table pattern such as {@code *} or {@code Device*} in {@code union}: the columns of every known
 * table it matches (first type wins); open when it matches none.
 */
final class WildcardTables {

  private WildcardTables() {}

  static RowSchema union(BindingContext context, String pattern) {
    List<TableSchema> matching = new ArrayList<>();
    for (TableSchema table : context.catalog.tables()) {
      if (Wildcards.matches(pattern, table.name())) {
        matching.add(table);
      }
    }
    if (matching.isEmpty()) {
      return RowSchema.OPEN;
    }
    matching.sort((left, right) -> left.name().compareTo(right.name()));
    Map<String, ScalarType> columns = new LinkedHashMap<>();
    for (TableSchema table : matching) {
      for (Column column : table.columns()) {
        columns.putIfAbsent(column.name(), column.type());
      }
    }
    return SummarizeBinder.toSchema(columns, false);
  }
}
