package io.sentinelforge.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.verify.explain.StageCount;
import io.sentinelforge.verify.spec.RuleTestFile;
import io.sentinelforge.verify.spec.TestFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestRunnerTest {

  private static final Instant DEFAULT_AT = Instant.parse("2026-01-15T12:00:00Z");

  @TempDir Path folder;

  /** Emulates {@code SigninLogs | where ResultType == '0'}: the where stage keeps ResultType 0. */
  private static final QueryRunner SIGN_IN_ENGINE =
      request -> {
        EchoRunner all = new EchoRunner("SigninLogs");
        EchoRunner successful =
            new EchoRunner("SigninLogs", row -> "0".equals(row.get("ResultType")));
        return request.query().contains("where") ? successful.run(request) : all.run(request);
      };

  private RuleTests subject(String yaml) throws IOException {
    Path file = folder.resolve("sign-ins.tests.yaml");
    Files.writeString(file, yaml);
    TestFileLoader.Loaded loaded = new TestFileLoader().load(file, "sign-ins.tests.yaml");
    assertTrue(loaded.diagnostics().isEmpty(), loaded.diagnostics().toString());
    RuleTestFile tests = loaded.file();
    return new RuleTests(Rules.scheduled(AggregationKind.ALERT_PER_RESULT, 0), tests, null);
  }

  private static final String CASES =
      "cases:\n"
          + "  - name: successful sign-in fires\n"
          + "    data:\n"
          + "      SigninLogs:\n"
          + "        - {TimeGenerated: -10m, ResultType: '0', UserId: u1, IPAddress: 192.0.2.1}\n"
          + "        - {TimeGenerated: -9m, ResultType: '50126', UserId: u2, IPAddress: 192.0.2.2}\n"
          + "    expect:\n"
          + "      alerts: 1\n"
          + "      contains:\n"
          + "        - entities: {Account.AadUserId: u1}\n"
          + "  - name: failed sign-in does not fire\n"
          + "    data:\n"
          + "      SigninLogs:\n"
          + "        - {TimeGenerated: -10m, ResultType: '50126', UserId: u2}\n"
          + "    expect:\n"
          + "      alerts: 0\n";

  private static List<CaseResult> run(RuleTests subject, QueryRunner engine, Instant override) {
    List<CaseResult> progress = Collections.synchronizedList(new ArrayList<>());
    List<CaseResult> results =
        new RuleTestRunner(engine, 2)
            .run(List.of(subject), selector -> true, DEFAULT_AT, override, progress::add);
    assertEquals(results.size(), progress.size());
    return results;
  }

  @Test
  void passingCasesPass() throws IOException {
    List<CaseResult> results = run(subject(CASES), SIGN_IN_ENGINE, null);
    assertEquals(
        List.of(CaseStatus.PASSED, CaseStatus.PASSED),
        results.stream().map(CaseResult::status).toList());
    assertEquals(DEFAULT_AT, results.get(0).at());
    assertEquals("sign-ins.tests.yaml", results.get(0).testFile());
    assertEquals(2, results.get(0).span().line());
  }

  @Test
  void relativeTimesKeepPassingYearsAwayFromToday() throws IOException {
    RuleTests subject = subject(CASES);
    for (int years : new int[] {-30, -7, 7, 40}) {
      Instant moved = DEFAULT_AT.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
      List<CaseResult> results = run(subject, SIGN_IN_ENGINE, moved);
      assertTrue(
          results.stream().allMatch(result -> result.status() == CaseStatus.PASSED), "at " + moved);
      assertEquals(moved, results.get(0).at());
    }
  }

  @Test
  void aRaisedThresholdMakesTheNamedCaseFailWithExplain() throws IOException {
    RuleTests subject = subject(CASES);
    RuleUnderTest stricter = Rules.scheduled(AggregationKind.ALERT_PER_RESULT, 1);
    List<CaseResult> results =
        run(new RuleTests(stricter, subject.tests(), null), SIGN_IN_ENGINE, null);
    CaseResult failed = results.get(0);
    assertEquals(CaseStatus.FAILED, failed.status());
    assertEquals("successful sign-in fires", failed.caseName());
    assertEquals("alerts: expected 1\n    got 0", failed.failures().get(0).describe());
    assertEquals(
        List.of(
            new StageCount("SigninLogs", 2, null),
            new StageCount("| where ResultType == '0'", 1, null)),
        failed.explain());
    assertEquals(CaseStatus.PASSED, results.get(1).status());
  }

  @Test
  void unsupportedKqlIsNeitherPassNorFail() throws IOException {
    QueryRunner engine = request -> new QueryOutcome.Unsupported("operator 'evaluate bag_unpack'");
    List<CaseResult> results = run(subject(CASES), engine, null);
    assertEquals(CaseStatus.UNSUPPORTED, results.get(0).status());
    assertEquals("operator 'evaluate bag_unpack'", results.get(0).reason());
    assertTrue(results.get(0).failures().isEmpty());
  }

  @Test
  void engineFailuresAndCrashesAreErrorsOfTheirCase() throws IOException {
    List<CaseResult> failed =
        run(subject(CASES), request -> new QueryOutcome.Failed("row limit exceeded"), null);
    assertEquals(CaseStatus.ERROR, failed.get(0).status());
    assertEquals("the query failed: row limit exceeded", failed.get(0).reason());
    List<CaseResult> crashed =
        run(
            subject(CASES),
            request -> {
              throw new IllegalStateException("bug");
            },
            null);
    assertEquals(CaseStatus.ERROR, crashed.get(1).status());
    assertTrue(crashed.get(1).reason().contains("internal error"), crashed.get(1).reason());
  }

  @Test
  void filterSelectsCasesByQualifiedName() throws IOException {
    List<CaseResult> results =
        new RuleTestRunner(SIGN_IN_ENGINE, 1)
            .run(
                List.of(subject(CASES)),
                selector -> selector.qualifiedName().contains("does not fire"),
                DEFAULT_AT,
                null,
                result -> {});
    assertEquals(
        List.of("failed sign-in does not fire"),
        results.stream().map(CaseResult::caseName).toList());
  }

  @Test
  void aMissingRuleMakesEveryCaseAnError() throws IOException {
    RuleTests subject = subject(CASES);
    List<CaseResult> results =
        run(new RuleTests(null, subject.tests(), "rule file not found"), SIGN_IN_ENGINE, null);
    assertEquals(CaseStatus.ERROR, results.get(0).status());
    assertEquals("rule file not found", results.get(0).reason());
  }
}
