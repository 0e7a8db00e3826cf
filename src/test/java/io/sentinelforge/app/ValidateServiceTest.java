package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sentinelforge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery, suppressions, config and the query-check hook of {@link ValidateService}. */
class ValidateServiceTest {

  @TempDir Path dir;

  private static final String RULE = io.sentinelforge.content.RuleFixtures.SCHEDULED_RULE;

  @Test
  void skipsTestsConfigAndSampleFolders() throws IOException {
    write("analytics/a.yaml", RULE);
    write("analytics/a.tests.yaml", "cases: [");
    write("sentinel-forge.yaml", "tests:\n  at: 2026-01-15T12:00:00Z\n");
    write("analytics/testdata/rows.yaml", "not: [valid");
    ValidateResult result = validate(dir);
    assertEquals(1, result.fileCount());
    assertEquals(List.of(), result.diagnostics());
    assertEquals("2026-01-15T12:00:00Z", result.config().tests().at().toString());
  }

  @Test
  void huntingFoldersHoldHuntingQueries() throws IOException {
    write(
        "hunting-queries/h.yaml",
        "id: 0b5f1c8e-2d4a-4c1e-9f3a-1234567890ac\nname: h\ndescription: d\nquery: T\n");
    ValidateResult result = validate(dir);
    assertEquals(1, result.content().huntingQueries().size());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void fileCommentsAndConfigSuppressCodes() throws IOException {
    write(
        "a.yaml",
        RULE.replace("id: 0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab", "id: x")
            + "# sentinel-forge: disable=SF201\n");
    write(
        "b.yaml",
        RULE.replace("0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab", "0b5f1c8e-2d4a-4c1e-9f3a-1234567890ac")
            .replace("version: 1.0.0", "version: 1"));
    assertEquals(List.of("SF222"), codes(validate(dir)));
    write("sentinel-forge.yaml", "validation:\n  disable: [SF222]\n");
    assertEquals(List.of(), codes(validate(dir)));
  }

  @Test
  void duplicateIdsAcrossFilesAreErrors() throws IOException {
    write("one/a.yaml", RULE);
    write("two/b.yaml", RULE);
    assertEquals(List.of("SF223"), codes(validate(dir)));
  }

  @Test
  void aFileReachedTwiceIsReadOnce() throws IOException {
    write("rules/a.yaml", RULE);
    ValidateResult result =
        new ValidateService(List.of())
            .validate(
                new ValidateRequest(
                    List.of(dir, dir.resolve("rules/a.yaml"), dir.resolve("rules/../rules"))));
    assertEquals(1, result.fileCount());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void duplicateFileNamesAreErrors() throws IOException {
    write("one/a.yaml", RULE);
    write("two/a.yaml", RULE.replace("1234567890ab", "1234567890ac"));
    assertEquals(List.of("SF224"), codes(validate(dir)));
  }

  @Test
  void configProblemsAreReported() throws IOException {
    write("a.yaml", RULE);
    write("sentinel-forge.yaml", "tests:\n  at: tomorrow\nvalidaton: {}\n");
    List<Diagnostic> found = validate(dir).diagnostics();
    assertEquals(List.of("SF131", "SF130"), found.stream().map(Diagnostic::code).toList());
    assertEquals(2, found.get(0).span().line());
  }

  @Test
  void queryChecksSeeTheQueryAndItsSourceMap() throws IOException {
    write("a.yaml", RULE);
    QueryCheck flagWhere =
        subject -> {
          int at = subject.text().indexOf("where");
          return List.of(Diagnostic.error("KQL999", "test", subject.sourceMap().map(at, at + 5)));
        };
    QueryCheck broken =
        subject -> {
          throw new IllegalStateException("boom");
        };
    ValidateResult result =
        new ValidateService(List.of(flagWhere, broken)).validate(new ValidateRequest(List.of(dir)));
    List<String> codes = codes(result);
    assertEquals(List.of("SF199", "KQL999"), codes);
    Diagnostic kql = result.diagnostics().get(1);
    assertEquals(20, kql.span().line());
    assertEquals(5, kql.span().column());
    assertEquals(18, result.diagnostics().get(0).span().line());
  }

  @Test
  void missingPathsAreIoErrors() {
    assertThrows(NoSuchFileException.class, () -> validate(dir.resolve("nope")));
  }

  private ValidateResult validate(Path path) throws IOException {
    return new ValidateService(List.of()).validate(new ValidateRequest(List.of(path)));
  }

  private static List<String> codes(ValidateResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
