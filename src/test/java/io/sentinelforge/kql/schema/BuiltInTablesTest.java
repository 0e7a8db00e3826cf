package io.sentinelforge.kql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.kql.types.ScalarType;
import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped table resource is exactly the merge of the docs tables and Sentinel's supplement.
 * Regenerate it with {@code mvn test -Dtest=BuiltInTablesTest -Dsf.regenerate=true}.
 */
class BuiltInTablesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode mergeFromShared() throws IOException {
    JsonNode tables = JSON.readTree(SharedData.require("schemas/tables.json").toFile());
    JsonNode supplement =
        JSON.readTree(SharedData.require("schemas/sentinel_validation_supplement.json").toFile());
    return SchemaMerge.merge(tables, supplement);
  }

  private static JsonNode shippedResource() throws IOException {
    try (InputStream stream = BuiltInTables.class.getResourceAsStream(BuiltInTables.RESOURCE)) {
      return JSON.readTree(stream);
    }
  }

  @Test
  void shippedResourceEqualsTheMergeOfDocsAndSupplement() throws IOException {
    ObjectNode merged = mergeFromShared();
    if (Boolean.getBoolean("sf.regenerate")) {
      Path target = Path.of("src/main/resources" + BuiltInTables.RESOURCE);
      Files.writeString(target, SchemaMerge.render(merged), StandardCharsets.UTF_8);
    }
    assertEquals(merged, shippedResource());
    assertEquals(merged, JSON.readTree(SchemaMerge.render(merged)));
  }

  @Test
  void mergeEqualsTheSchemaTheSemanticCorpusWasLabelledAgainst() throws IOException {
    JsonNode labelled =
        JSON.readTree(SharedData.require("corpus/semantic/schema.merged.json").toFile());
    assertEquals(labelled, mergeFromShared());
  }

  @Test
  void builtInTablesCarryStandardColumnsAndSupplementColumns() {
    SchemaCatalog catalog = SchemaCatalog.builtIn();
    TableSchema signins = catalog.table("SigninLogs").orElseThrow();
    assertEquals(ScalarType.DATETIME, signins.column("TimeGenerated").orElseThrow().type());
    assertTrue(signins.column("_ResourceId").isPresent());
    assertTrue(signins.column("TenantId").isPresent());
    TableSchema deviceEvents = catalog.table("DeviceProcessEvents").orElseThrow();
    assertEquals(ScalarType.DATETIME, deviceEvents.column("Timestamp").orElseThrow().type());
    assertTrue(catalog.table("signinlogs").isEmpty(), "table names are case-sensitive");
    assertEquals("SigninLogs", catalog.suggestTable("SiginLogs").orElseThrow());
    assertTrue(BuiltInTables.all().size() >= 698);
  }
}
