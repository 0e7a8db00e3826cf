package io.sentinelforge.app;

import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.schema.BuiltInTables;
import io.sentinelforge.kql.schema.TableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in table, empty: a rule test gives rows only for the tables it is about, and the
 * others exist in a workspace with no matching rows (a union with them must not fail).
 */
final class EmptyTables {

  private static volatile Map<String, Table> builtIn;

  private EmptyTables() {}

  static Map<String, Table> builtIn() {
    Map<String, Table> tables = builtIn;
    if (tables == null) {
      Map<String, Table> built = new HashMap<>();
      for (TableSchema table : BuiltInTables.all()) {
        List<ColumnSchema> schema = SchemaFiles.builtIn(table.name());
        if (schema != null) {
          built.put(table.name(), Table.empty(schema));
        }
      }
      tables = Map.copyOf(built);
      builtIn = tables;
    }
    return tables;
  }
}
