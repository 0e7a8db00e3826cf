package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom tables, watchlists and functions declared by the content pack are known to the binder. */
class ContentSchemasTest {

  private static final String DECLARATIONS =
      String.join(
          "\n",
          "tables:",
          "  - name: MyApp_CL",
          "    columns:",
          "      - {name: UserName_s, type: string}",
          "      - {name: Score_d, type: real}",
          "watchlists:",
          "  - alias: HighValueAccounts",
          "    columns:",
          "      - {name: UserPrincipalName, type: string}",
          "functions:",
          "  - name: MyAppSignins",
          "    parameters:",
          "      - {name: lookback, type: timespan, default: 1d}",
          "    columns:",
          "      - {name: UserName_s, type: string}",
          "");

  @TempDir Path pack;

  @Test
  void declaredNamesResolve() throws IOException {
    write(
        "MyApp_CL | where TimeGenerated > ago(1h) | where Score_d > 0.5"
            + " | where UserName_s in ((_GetWatchlist('HighValueAccounts') | project UserPrincipalName))"
            + " | join kind=inner (MyAppSignins(2h)) on UserName_s | project UserName_s");
    assertEquals(List.of(), codes());
  }

  @Test
  void typosInDeclaredNamesAreReported() throws IOException {
    write(
        "MyApp_CL | where TimeGenerated > ago(1h) | where Score > 0.5"
            + " | join kind=inner (_GetWatchlist('HighValueAccounts')) on $left.UserName_s == $right.UserPrincipalNam"
            + " | project UserName_s");
    assertEquals(List.of("KQL102", "KQL102"), codes());
  }

  @Test
  void undeclaredCustomTableIsUnknown() throws IOException {
    write("MyOther_CL | where TimeGenerated > ago(1h) | project UserName_s");
    assertEquals(List.of("KQL101"), codes());
  }

  @Test
  void malformedDeclarationsAreReported() throws IOException {
    write("MyApp_CL | where TimeGenerated > ago(1h) | project UserName_s");
    Files.writeString(pack.resolve("schemas/broken.yaml"), "tables:\n  - columns: []\n");
    assertEquals(List.of("KQL150"), codes());
  }

  private void write(String query) throws IOException {
    Files.writeString(
        pack.resolve("sentinel-forge.yaml"), "apiVersions:\n  securityInsights: 2025-09-01\n");
    Files.createDirectories(pack.resolve("schemas"));
    Files.writeString(pack.resolve("schemas/custom.yaml"), DECLARATIONS);
    Files.createDirectories(pack.resolve("analytics-rules"));
    Files.writeString(
        pack.resolve("analytics-rules/rule.yaml"),
        String.join(
            "\n",
            "id: 0b5f1c8e-0000-4000-8000-000000000002",
            "name: Custom table rule",
            "description: 'A fixture.'",
            "severity: Low",
            "requiredDataConnectors: []",
            "queryFrequency: 1h",
            "queryPeriod: 1h",
            "triggerOperator: gt",
            "triggerThreshold: 0",
            "tactics: []",
            "relevantTechniques: []",
            "query: |",
            "  " + query,
            "version: 1.0.0",
            "kind: Scheduled",
            ""));
  }

  private List<String> codes() throws IOException {
    ValidateResult result =
        new ValidateService(List.of(new SemanticQueryCheck()))
            .validate(new ValidateRequest(List.of(pack.resolve("analytics-rules/rule.yaml"))));
    return result.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::code)
        .filter(code -> code.startsWith("KQL"))
        .toList();
  }
}
