package io.sentinelforge.kql.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Log Analytics / Sentinel tables shipped in {@code builtin-tables.json}: the Azure Monitor
 * table reference (MicrosoftDocs/azure-reference-other, 2024-11) merged with Sentinel's validation
 * schemas by {@link SchemaMerge}, each completed with the {@link StandardColumns}.
 */
public final class BuiltInTables {

  /** Resource path of the generated table schemas. */
  public static final String RESOURCE = "/io/sentinelforge/kql/schema/builtin-tables.json";

  private static volatile List<TableSchema> tables;

  private BuiltInTables() {}

  /** The built-in tables (loaded once). */
  public static List<TableSchema> all() {
    List<TableSchema> loaded = tables;
    if (loaded == null) {
      synchronized (BuiltInTables.class) {
        if (tables == null) {
          tables = load();
        }
        loaded = tables;
      }
    }
    return loaded;
  }

  private static List<TableSchema> load() {
    try (InputStream stream = BuiltInTables.class.getResourceAsStream(RESOURCE)) {
      List<TableSchema> result = new ArrayList<>();
      for (TableSchema table : TableSchemaReader.read(new ObjectMapper().readTree(stream))) {
        result.add(StandardColumns.addTo(table));
      }
      return List.copyOf(result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
