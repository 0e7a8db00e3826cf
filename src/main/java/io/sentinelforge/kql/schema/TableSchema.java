package io.sentinelforge.kql.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table known to the catalogue: its name and columns, in order.
 *
 * @param name the table name, e.g. {@code SigninLogs} or {@code MyApp_CL}
 * @param columns its columns
 */
public record TableSchema(String name, List<Column> columns) {

  /** Copies the column list. */
  public TableSchema {
    columns = List.copyOf(columns);
  }

  /** The column with this exact name. */
  public Optional<Column> column(String columnName) {
    for (Column column : columns) {
      if (column.name().equals(columnName)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
