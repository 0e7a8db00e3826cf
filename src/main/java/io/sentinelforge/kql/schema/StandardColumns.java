package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard columns every Log Analytics workspace table has (Azure Monitor "Standard columns in
 * Azure Monitor Logs"), added to built-in and custom tables when their declaration omits them.
 */
public final class StandardColumns {

  /** The standard columns, in the order they are appended. */
  public static final List<Column> ALL =
      List.of(
          new Column("TenantId", ScalarType.STRING),
          new Column("TimeGenerated", ScalarType.DATETIME),
          new Column("Type", ScalarType.STRING),
          new Column("_ResourceId", ScalarType.STRING),
          new Column("_SubscriptionId", ScalarType.STRING),
          new Column("_ItemId", ScalarType.STRING),
          new Column("_IsBillable", ScalarType.STRING),
          new Column("_BilledSize", ScalarType.REAL),
          new Column("_TimeReceived", ScalarType.DATETIME));

  private StandardColumns() {}

  /** The table with every standard column it lacks appended (case-sensitive names). */
  public static TableSchema addTo(TableSchema table) {
    Set<String> present = new HashSet<>();
    table.columns().forEach(column -> present.add(column.name()));
    List<Column> columns = new ArrayList<>(table.columns());
    for (Column standard : ALL) {
      if (!present.contains(standard.name())) {
        columns.add(standard);
      }
    }
    return new TableSchema(table.name(), columns);
  }
}
