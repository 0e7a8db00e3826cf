package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.HuntingQuery;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code init} and {@code new} write content that passes {@code validate}. */
class ScaffoldServiceTest {

  @TempDir Path dir;

  @Test
  void initWritesAValidRepositoryAndNeverOverwrites() throws IOException {
    ScaffoldResult first = new ScaffoldService().init(dir);
    assertEquals(5, first.created().size());
    assertTrue(Files.isRegularFile(dir.resolve(".github/workflows/sentinel-forge.yml")));
    assertTrue(Files.isRegularFile(dir.resolve("content/analytics-rules/sample-rule.tests.yaml")));
    ValidateResult result = validate(dir.resolve("content"));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(1, result.content().analyticRules().size());
    assertEquals("2026-01-15T12:00:00Z", String.valueOf(result.config().tests().at()));
    Files.writeString(dir.resolve("content/sentinel-forge.yaml"), "# mine\n");
    ScaffoldResult second = new ScaffoldService().init(dir);
    assertEquals(List.of(), second.created());
    assertEquals("# mine\n", Files.readString(dir.resolve("content/sentinel-forge.yaml")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Risky sign-in",
        "Quotes \" and \\ backslashes: # not a comment",
        "Unicode \u00e9\u00e8 \uD83D\uDE00 and a tab\t",
        "[starts with a bracket",
        "   "
      })
  void newRulesAndHuntingQueriesPassValidateAndKeepTheirName(String name) throws IOException {
    UUID id = UUID.fromString("0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab");
    Path rule =
        new ScaffoldService(() -> id)
            .create(ScaffoldKind.RULE, name, dir.resolve("analytics-rules"));
    Path hunting =
        new ScaffoldService(UUID::randomUUID)
            .create(ScaffoldKind.HUNTING, name, dir.resolve("hunting-queries"));
    AnalyticRule loaded = new ContentLoader().load(rule).analyticRule().orElseThrow();
    assertEquals(name, loaded.name());
    assertEquals(id.toString(), loaded.id());
    HuntingQuery query =
        new ContentLoader()
            .load(hunting.toString(), hunting, Files.readString(hunting), true)
            .huntingQuery()
            .orElseThrow();
    assertEquals(name, query.name());
    List<String> codes = validate(dir).diagnostics().stream().map(d -> d.code()).toList();
    // a blank name is the one case validate must reject in both files (name is required)
    assertEquals(name.isBlank() ? List.of("SF109", "SF109") : List.of(), codes);
  }

  @Test
  void theSampleRuleTestsPassOnTheLocalEvaluator() throws IOException {
    new ScaffoldService().init(dir);
    io.sentinelforge.verify.TestRun run =
        new TestService(new LocalQueryRunner())
            .run(new TestRequest(List.of(dir.resolve("content")), null, null, null, 1), r -> {});
    assertEquals(2, run.results().size());
    assertTrue(
        run.results().stream()
            .allMatch(r -> r.status() == io.sentinelforge.verify.CaseStatus.PASSED),
        io.sentinelforge.report.RuleTestText.of(run));
  }

  @Test
  void newRefusesToOverwrite() throws IOException {
    ScaffoldService service = new ScaffoldService();
    service.create(ScaffoldKind.RULE, "Same", dir);
    assertThrows(
        FileAlreadyExistsException.class, () -> service.create(ScaffoldKind.RULE, "same", dir));
  }

  @Test
  void fileNamesAreSlugs() {
    assertEquals("risky-sign-in-test.yaml", ScaffoldService.fileName("Risky sign-in (test)"));
    assertEquals("rule.yaml", ScaffoldService.fileName("!!!"));
  }

  private static ValidateResult validate(Path path) throws IOException {
    return new ValidateService(List.of()).validate(new ValidateRequest(List.of(path)));
  }
}
