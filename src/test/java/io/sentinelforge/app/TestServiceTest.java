package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.EchoRunner;
import io.sentinelforge.verify.TestRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestServiceTest {

  @TempDir Path root;

  static final String RULE =
      "id: 8e1f6a2c-3b4d-4e5f-8a9b-0c1d2e3f4a5b\n"
          + "name: AzureHound user agent\n"
          + "description: AzureHound\n"
          + "severity: Medium\n"
          + "requiredDataConnectors:\n"
          + "  - connectorId: AzureActiveDirectory\n"
          + "    dataTypes: [MicrosoftGraphActivityLogs]\n"
          + "queryFrequency: 1h\n"
          + "queryPeriod: 1h\n"
          + "triggerOperator: gt\n"
          + "triggerThreshold: THRESHOLD\n"
          + "tactics: [Discovery]\n"
          + "relevantTechniques: [T1087]\n"
          + "query: |\n"
          + "  MicrosoftGraphActivityLogs\n"
          + "  | where UserAgent has 'azurehound'\n"
          + "entityMappings:\n"
          + "  - entityType: Account\n"
          + "    fieldMappings:\n"
          + "      - identifier: AadUserId\n"
          + "        columnName: UserId\n"
          + "customDetails:\n"
          + "  UserAgent: UserAgent\n"
          + "alertDetailsOverride:\n"
          + "  alertDisplayNameFormat: AzureHound used by {{UserId}}\n"
          + "eventGroupingSettings:\n"
          + "  aggregationKind: AlertPerResult\n"
          + "version: 1.0.0\n"
          + "kind: Scheduled\n";

  static final String TESTS =
      "cases:\n"
          + "  - name: AzureHound fires\n"
          + "    data:\n"
          + "      MicrosoftGraphActivityLogs:\n"
          + "        - {TimeGenerated: -10m, UserAgent: azurehound/v2.1.7, UserId: u1}\n"
          + "    expect:\n"
          + "      alerts: 1\n"
          + "      contains:\n"
          + "        - entities: {Account.AadUserId: u1}\n"
          + "          customDetails: {UserAgent: azurehound/v2.1.7}\n"
          + "          displayName: AzureHound used by u1\n"
          + "  - name: browsers do not fire\n"
          + "    data:\n"
          + "      MicrosoftGraphActivityLogs:\n"
          + "        - {TimeGenerated: -10m, UserAgent: Mozilla/5.0, UserId: u2}\n"
          + "    expect:\n"
          + "      alerts: 0\n";

  /** Emulates the rule's query: keep rows whose UserAgent starts with azurehound. */
  static final EchoRunner ENGINE =
      new EchoRunner(
          "MicrosoftGraphActivityLogs",
          row -> String.valueOf(row.get("UserAgent")).startsWith("azurehound"));

  static Path writePack(Path root, int threshold) throws IOException {
    Path rules = Files.createDirectories(root.resolve("content/analytics-rules"));
    Files.writeString(
        rules.resolve("azurehound.yaml"), RULE.replace("THRESHOLD", Integer.toString(threshold)));
    Files.writeString(rules.resolve("azurehound.tests.yaml"), TESTS);
    Files.writeString(
        rules.resolve("untested.yaml"),
        RULE.replace("THRESHOLD", "0")
            .replace(
                "8e1f6a2c-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "9e1f6a2c-3b4d-4e5f-8a9b-0c1d2e3f4a5b"));
    return root.resolve("content");
  }

  private static TestRun run(Path content, Integer minCases) throws IOException {
    return new TestService(ENGINE)
        .run(new TestRequest(List.of(content), null, minCases, null, 2), result -> {});
  }

  @Test
  void runsTheCasesOfEveryRuleAndReportsCoverage() throws IOException {
    TestRun run = run(writePack(root, 0), null);
    assertEquals(
        List.of(CaseStatus.PASSED, CaseStatus.PASSED),
        run.results().stream().map(CaseResult::status).toList());
    assertFalse(run.failed());
    assertEquals(1, run.untested().size());
    assertTrue(run.untested().get(0).ruleFile().endsWith("untested.yaml"));
    assertEquals(2, run.coverage().get(0).cases());
    assertEquals(1, run.coverage().get(0).shouldFire());
  }

  @Test
  void raisingTheThresholdMakesTheNamedCaseFail() throws IOException {
    TestRun run = run(writePack(root, 1), null);
    assertTrue(run.failed());
    CaseResult failed = run.results().get(0);
    assertEquals("AzureHound fires", failed.caseName());
    assertEquals(CaseStatus.FAILED, failed.status());
    assertEquals("alerts: expected 1\n    got 0", failed.failures().get(0).describe());
  }

  @Test
  void minCasesGatesRulesWithTooFewCases() throws IOException {
    TestRun run = run(writePack(root, 0), 2);
    List<String> gated = run.diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(1, gated.size(), gated.toString());
    assertTrue(
        gated.get(0).matches(".*untested.yaml:1:1: error TST020 has 0 test cases; at least 2.*"),
        gated.get(0));
    assertTrue(run.failed());
  }

  @Test
  void aTestFileWithoutItsRuleErrorsEachCase() throws IOException {
    Path content = writePack(root, 0);
    Files.writeString(content.resolve("analytics-rules/orphan.tests.yaml"), TESTS);
    TestRun run = run(content, null);
    CaseResult orphan = run.results().get(2);
    assertEquals(CaseStatus.ERROR, orphan.status());
    assertTrue(orphan.reason().startsWith("rule file not found: "), orphan.reason());
  }

  @Test
  void theBuildStageTurnsFailuresIntoLocatedDiagnostics() throws IOException {
    StageOutcome outcome = new RuleTestBuildStage(ENGINE).run(writePack(root, 1));
    assertTrue(outcome.failed());
    Diagnostic failure = outcome.diagnostics().get(0);
    assertEquals("TST100", failure.code());
    assertEquals(2, failure.span().line());
    assertTrue(failure.message().contains("AzureHound fires"), failure.message());
    assertFalse(new RuleTestBuildStage(ENGINE).run(writePack(root, 0)).failed());
  }
}
