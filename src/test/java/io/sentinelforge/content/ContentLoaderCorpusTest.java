package io.sentinelforge.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The real Azure-Sentinel files load into records. */
class ContentLoaderCorpusTest {

  private final ContentLoader loader = new ContentLoader();

  @Test
  void everyCleanRuleLoadsAsAnAnalyticRule() throws IOException {
    List<Path> files = topLevelYaml(SharedData.require("corpus/azure-sentinel"));
    assertEquals(29, files.size());
    for (Path path : files) {
      LoadedFile loaded = loader.load(path);
      assertEquals(FileRole.ANALYTIC_RULE, loaded.role(), path.toString());
      AnalyticRule rule = loaded.analyticRule().orElseThrow();
      assertNotNull(rule.id(), path.toString());
      assertNotNull(rule.kind(), path.toString());
      assertNotNull(rule.query(), path.toString());
      assertTrue(loaded.diagnostics().isEmpty(), () -> path + ": " + loaded.diagnostics());
    }
  }

  @Test
  void huntingQueriesLoadAsHuntingQueries() throws IOException {
    List<Path> files = topLevelYaml(SharedData.require("corpus/azure-sentinel-hunting"));
    assertEquals(10, files.size());
    for (Path path : files) {
      HuntingQuery query = loader.load(path).huntingQuery().orElseThrow();
      assertNotNull(query.query(), path.toString());
      assertTrue(query.query().text().length() > 20);
    }
  }

  @Test
  void migrationStubsAreRecognised() {
    Path stub =
        SharedData.require(
            "corpus/azure-sentinel/_edge-cases/SigninLogs__NRT_MFARejectedbyUser.yaml");
    assertEquals(FileRole.MIGRATION_STUB, loader.load(stub).role());
  }

  @Test
  void scheduledFieldsAreRead() {
    Path path =
        SharedData.require(
            "corpus/azure-sentinel/"
                + "Microsoft_Entra_ID_Protection__CorrelateIPC_Unfamiliar-Atypical.yaml");
    AnalyticRule rule = loader.load(path).analyticRule().orElseThrow();
    assertEquals("a3df4a32-4805-4c6d-8699-f3c888af2f67", rule.id());
    assertEquals(RuleKind.SCHEDULED, rule.kind());
    assertEquals("PT24H", java.time.Duration.ofDays(1).toString());
    assertEquals("P1D", SentinelDuration.toIso(rule.queryFrequencyDuration().orElseThrow()));
    assertEquals("P14D", SentinelDuration.toIso(rule.queryPeriodDuration().orElseThrow()));
    assertEquals(TriggerOperator.GREATER_THAN, rule.triggerOperatorValue().orElseThrow());
    assertEquals(0, rule.triggerThreshold());
    assertEquals(List.of("T1078"), rule.relevantTechniques());
    assertEquals(11, rule.customDetails().size());
    // the query block is indented 4 spaces; line 23 column 5 holds its first character
    assertEquals(23, rule.query().sourceMap().map(0, 1).line());
    assertEquals(5, rule.query().sourceMap().map(0, 1).column());
    assertTrue(rule.query().text().startsWith("// We can use"));
  }

  static List<Path> topLevelYaml(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
