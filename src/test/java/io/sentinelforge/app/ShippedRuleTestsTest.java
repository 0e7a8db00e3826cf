package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.report.RuleTestText;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.RuleCoverage;
import io.sentinelforge.verify.TestRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped content pack's rule tests, run with the real local evaluator. */
class ShippedRuleTestsTest {

  private static final Path CONTENT = Path.of("content");

  @TempDir Path copy;

  private static TestRun run(Path content, Instant at) throws IOException {
    return new TestService(new LocalQueryRunner())
        .run(new TestRequest(List.of(content), null, null, at, 2), result -> {});
  }

  private static List<String> statuses(TestRun run) {
    return run.results().stream()
        .map(result -> result.caseName() + ": " + result.status())
        .toList();
  }

  @Test
  void everyShippedCasePasses() throws IOException {
    TestRun run = run(CONTENT, null);
    assertTrue(run.results().size() >= 20, RuleTestText.summary(run));
    assertTrue(
        run.results().stream().allMatch(result -> result.status() == CaseStatus.PASSED),
        RuleTestText.of(run));
    assertTrue(run.diagnostics().isEmpty(), run.diagnostics().toString());
  }

  @Test
  void everyRuleHasAShouldFireAndAShouldNotFireCase() throws IOException {
    TestRun run = run(CONTENT, null);
    assertTrue(run.coverage().size() >= 9);
    for (RuleCoverage rule : run.coverage()) {
      assertTrue(rule.shouldFire() >= 1 && rule.shouldNotFire() >= 1, rule.toString());
    }
  }

  @Test
  void theSameCasesPassYearsInThePastAndTheFuture() throws IOException {
    List<String> reference = statuses(run(CONTENT, null));
    Instant base = Instant.parse("2026-01-15T12:00:00Z");
    for (int years : new int[] {-25, 40}) {
      Instant at = base.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
      assertEquals(reference, statuses(run(CONTENT, at)), "at " + at);
    }
  }

  @Test
  void aRaisedThresholdMakesTheNamedCaseFailWithAReadableDiff() throws IOException {
    Path content = copyOfContent();
    Path rule = content.resolve("analytics-rules/graph-token-used-from-different-ip.yaml");
    Files.writeString(
        rule, Files.readString(rule).replace("triggerThreshold: 0", "triggerThreshold: 1"));
    CaseResult named = only(run(content, null), "Token replayed from another IPv4 address");
    assertEquals(CaseStatus.FAILED, named.status());
    assertEquals("alerts: expected 1\n    got 0", named.failures().get(0).describe());
  }

  @Test
  void aChangedPredicateMakesTheNamedCaseFailAndExplainsWhereRowsVanished() throws IOException {
    Path content = copyOfContent();
    Path rule = content.resolve("analytics-rules/azurehound-graph-reconnaissance.yaml");
    Files.writeString(
        rule,
        Files.readString(rule)
            .replace("where ConfidenceScore > 0.7", "where ConfidenceScore > 0.8"));
    TestRun run = run(content, null);
    CaseResult named = only(run, "Eleven AzureHound endpoints");
    assertEquals(CaseStatus.FAILED, named.status());
    String report = RuleTestText.of(run);
    assertTrue(report.contains("alerts: expected 1\n          got 0"), report);
    assertTrue(report.contains("    1 rows  | extend ConfidenceScore = round("), report);
    assertTrue(report.contains("    0 rows  | where ConfidenceScore > 0.8"), report);
    assertEquals(
        0, named.explain().get(named.explain().size() - 3).rows(), named.explain().toString());
  }

  private static CaseResult only(TestRun run, String namePrefix) {
    List<CaseResult> matching =
        run.results().stream().filter(result -> result.caseName().startsWith(namePrefix)).toList();
    assertEquals(1, matching.size(), statuses(run).toString());
    return matching.get(0);
  }

  private Path copyOfContent() throws IOException {
    Path target = copy.resolve("content");
    try (Stream<Path> files = Files.walk(CONTENT)) {
      for (Path source : files.toList()) {
        Path destination = target.resolve(CONTENT.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination);
        }
      }
    }
    return target;
  }
}
