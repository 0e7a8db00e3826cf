package io.sentinelforge.kql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.kql.types.ScalarType;
import io.sentinelforge.kql.types.TypeConstraint;
import io.sentinelforge.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionCatalogTest {

  private final FunctionCatalog catalog = FunctionCatalog.builtIn();

  @ParameterizedTest
  @CsvSource({
    "strcat, SCALAR, 1, 64",
    "ago, SCALAR, 1, 1",
    "bin, SCALAR, 2, 2",
    "dcount, AGGREGATE, 1, 2",
    "extract, SCALAR, 3, 4",
    "split, SCALAR, 2, 3",
    "count, AGGREGATE, 0, 0",
    "iff, SCALAR, 3, 3",
    "coalesce, SCALAR, 2, 64",
    "bag_unpack, PLUGIN, 1, 4",
  })
  void aritiesFollowTheDocumentation(String name, FunctionKind kind, int min, int max) {
    FunctionSignature signature = catalog.lookup(name).orElseThrow();
    assertEquals(kind, signature.kind());
    assertEquals(min, signature.minArguments());
    assertEquals(max, signature.maxArguments());
  }

  @Test
  void resultTypesFollowArguments() {
    assertEquals(
        ScalarType.DATETIME,
        catalog
            .lookup("bin")
            .orElseThrow()
            .result()
            .apply(List.of(ScalarType.DATETIME, ScalarType.TIMESPAN)));
    assertEquals(ScalarType.LONG, catalog.lookup("strlen").orElseThrow().result().apply(List.of()));
    assertEquals(
        ScalarType.STRING,
        catalog
            .lookup("iff")
            .orElseThrow()
            .result()
            .apply(List.of(ScalarType.BOOL, ScalarType.STRING, ScalarType.STRING)));
    assertEquals(
        TypeConstraint.TIMESPAN, catalog.lookup("ago").orElseThrow().parameterFor(0).constraint());
    assertEquals(
        TypeConstraint.SUMMABLE, catalog.lookup("sum").orElseThrow().parameterFor(0).constraint());
  }

  @Test
  void suggestsTheIntendedFunction() {
    assertEquals("strcat", catalog.suggest("srcat").orElseThrow());
    assertEquals("tostring", catalog.suggest("tostrin").orElseThrow());
    assertFalse(catalog.suggest("completely_different_name").isPresent());
  }

  /** Every scalar, aggregate and plugin function the corpus uses is catalogued. */
  @Test
  void coversEveryFunctionTheCorpusUses() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> missing = new TreeSet<>();
    Set<String> kinds = Set.of("scalar", "aggregate", "plugin", "special");
    try (BufferedReader reader =
        Files.newBufferedReader(SharedData.require("corpus/kql/dev.jsonl"))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode record = json.readTree(line);
        Iterator<Map.Entry<String, JsonNode>> functions = record.path("functionKinds").fields();
        while (functions.hasNext()) {
          Map.Entry<String, JsonNode> function = functions.next();
          if (kinds.contains(function.getValue().asText())
              && catalog.lookup(function.getKey()).isEmpty()) {
            missing.add(function.getKey());
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "not catalogued: " + missing);
  }
}
