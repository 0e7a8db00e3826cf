package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.content.ProjectConfig;
import io.sentinelforge.content.RuleFixtures;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The done-when lines over the Azure-Sentinel corpus: the 29 clean rules give no error; each of the
 * 12 edge cases gets a located diagnostic, and exactly the files whose MANIFEST notes say they fail
 * a rule get an error (with the code of that rule).
 */
class ValidateCorpusTest {

  /** Edge cases that fail a structure rule, and a code each must report. */
  private static final Map<String, Set<String>> FAILING =
      Map.of(
          "AzureActivity__New-CloudShell-User.yaml", Set.of("SF109"),
          "Microsoft_Entra_ID__ExplicitMFADeny.yaml", Set.of("SF212", "SF213"),
          "Microsoft_Entra_ID__UserAccounts-CABlockedSigninSpikes.yaml", Set.of("SF215"),
          "MultipleDataSources__MFADisable.yaml", Set.of("SF217"),
          "OfficeActivity__Malicious_Inbox_Rule.yaml", Set.of("SF109"),
          "OfficeActivity__MultipleTeamsDeletes.yaml", Set.of("SF109", "SF215"),
          "SigninLogs__DiscoveryAttemptWithAzureHound.yaml", Set.of("SF109", "SF212", "SF218"));

  /** The edge case whose only fault is a KQL syntax error (needs the KQL query check). */
  private static final String KQL_SYNTAX_ERROR =
      "SecurityAlert__Suspicious_WorkSpaceDeletion_Attempt.yaml";

  @Test
  void cleanRulesHaveNoErrors() throws IOException {
    Path corpus = SharedData.require("corpus/azure-sentinel");
    List<Path> files = yamlIn(corpus);
    assertEquals(29, files.size());
    ValidateResult result = new ValidateService().validate(new ValidateRequest(files));
    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    // The one error is real and confirmed by Microsoft's analyzer: the rule maps Account.Name to
    // AppDisplayName, which its query summarizes away (KQL110, at the mapping's line).
    assertEquals(
        List.of("MultipleDataSources__DisabledAccIPSigninWithRareRiskyOps.yaml:85 KQL110"),
        errors.stream()
            .map(
                e ->
                    Path.of(e.span().file()).getFileName() + ":" + e.span().line() + " " + e.code())
            .toList());
    assertEquals(29, result.content().analyticRules().size());
  }

  @Test
  void edgeCasesAreFlaggedExactlyWhereTheyFail() throws IOException {
    Path edge = SharedData.require("corpus/azure-sentinel/_edge-cases");
    List<Path> files = yamlIn(edge);
    assertEquals(12, files.size());
    ValidateResult result = new ValidateService().validate(new ValidateRequest(files));
    Map<String, List<Diagnostic>> byFile = new TreeMap<>();
    for (Diagnostic d : result.diagnostics()) {
      byFile
          .computeIfAbsent(
              Path.of(d.span().file()).getFileName().toString(), f -> new java.util.ArrayList<>())
          .add(d);
      assertTrue(d.span().line() >= 1 && d.span().column() >= 1, d::format);
    }
    for (Path file : files) {
      assertTrue(
          byFile.containsKey(file.getFileName().toString()) || isKqlOnly(file),
          () -> file + " got no diagnostic");
    }
    Set<String> withErrors = new TreeSet<>();
    byFile.forEach(
        (file, list) -> {
          if (list.stream().anyMatch(Diagnostic::isError)) {
            withErrors.add(file);
          }
        });
    withErrors.remove(KQL_SYNTAX_ERROR);
    assertEquals(new TreeSet<>(FAILING.keySet()), withErrors);
    FAILING.forEach(
        (file, codes) -> {
          Set<String> found =
              byFile.get(file).stream()
                  .filter(Diagnostic::isError)
                  .map(Diagnostic::code)
                  .collect(Collectors.toSet());
          assertTrue(found.containsAll(codes), () -> file + ": expected " + codes + " in " + found);
        });
  }

  @Test
  void theKqlSyntaxErrorEdgeCaseFailsOnceAQueryCheckIsRegistered() throws IOException {
    Path file = SharedData.require("corpus/azure-sentinel/_edge-cases/" + KQL_SYNTAX_ERROR);
    assumeTrue(syntaxCheckRegistered(), "no KQL syntax check is registered in QueryChecks yet");
    ValidateResult result = new ValidateService().validate(new ValidateRequest(List.of(file)));
    assertTrue(result.hasErrors(), () -> "no error in " + result.diagnostics());
  }

  private static boolean isKqlOnly(Path file) {
    return file.getFileName().toString().equals(KQL_SYNTAX_ERROR) && !syntaxCheckRegistered();
  }

  /** True when some standard query check reports a plain KQL syntax error. */
  static boolean syntaxCheckRegistered() {
    String rule = RuleFixtures.SCHEDULED_RULE.replace("  | where", "  | | where");
    LoadedFile file = new ContentLoader().load("probe.yaml", null, rule, false);
    ContentItem item = file.item().orElseThrow();
    QueryCheck.Subject subject =
        new QueryCheck.Subject(
            item, item.query().text(), item.query().sourceMap(), ProjectConfig.defaults());
    return QueryChecks.standard().stream()
        .flatMap(check -> check.check(subject).stream())
        .anyMatch(d -> d.isError() && d.code().startsWith("KQL0"));
  }

  static List<Path> yamlIn(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
