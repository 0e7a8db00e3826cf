package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Failing and passing fixtures for every rule-level check (KQL110–KQL140) and lint (KQL501–504),
 * run through {@code validate}'s query-check hook so positions are the YAML file's.
 */
class SemanticQueryCheckTest {

  private static final String RULE =
      String.join(
          "\n",
          "id: 0b5f1c8e-0000-4000-8000-000000000001",
          "name: Fixture rule",
          "description: 'A fixture.'",
          "severity: Medium",
          "requiredDataConnectors:",
          "  - connectorId: AzureActiveDirectory",
          "    dataTypes:",
          "      - SigninLogs",
          "queryFrequency: 1h",
          "queryPeriod: PERIOD",
          "triggerOperator: gt",
          "triggerThreshold: 0",
          "tactics:",
          "  - InitialAccess",
          "relevantTechniques:",
          "  - T1078",
          "query: |",
          "  QUERY",
          "entityMappings:",
          "  - entityType: Account",
          "    fieldMappings:",
          "      - identifier: FullName",
          "        columnName: ENTITY",
          "customDetails:",
          "  Where: DETAIL",
          "alertDetailsOverride:",
          "  alertDisplayNameFormat: Sign-in by {{PLACEHOLDER}}",
          "  alertSeverityColumnName: SEVERITY",
          "version: 1.0.0",
          "kind: KIND",
          "");

  private static final String GOOD_QUERY =
      "SigninLogs | where TimeGenerated > ago(1h) | where ResultType has \"50126\""
          + " | extend Level = \"High\" | project UserPrincipalName, IPAddress, Level";

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ~ ",
      textBlock =
          """
          # name ~ code ~ present ~ query (GOOD = the good query) ~ entity ~ detail ~ placeholder ~ severity ~ period ~ kind
          entity column missing ~ KQL110 ~ true ~ GOOD ~ UserPrincipalNme ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          entity column present ~ KQL110 ~ false ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          custom detail missing ~ KQL111 ~ true ~ GOOD ~ UserPrincipalName ~ Location ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          custom detail present ~ KQL111 ~ false ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          placeholder missing ~ KQL112 ~ true ~ GOOD ~ UserPrincipalName ~ IPAddress ~ AppDisplayName ~ Level ~ 1h ~ Scheduled
          severity column missing ~ KQL112 ~ true ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Sev ~ 1h ~ Scheduled
          alert details present ~ KQL112 ~ false ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          open schema accepts all ~ KQL110 ~ false ~ SigninLogs | where TimeGenerated > ago(1h) | evaluate bag_unpack(LocationDetails) ~ Anything ~ Other ~ Third ~ Fourth ~ 1h ~ Scheduled
          lookback beyond period ~ KQL120 ~ true ~ SigninLogs | where TimeGenerated > ago(14d) | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1d ~ Scheduled
          lookback within period ~ KQL120 ~ false ~ SigninLogs | where TimeGenerated > ago(14d) | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 14d ~ Scheduled
          lookback through let ~ KQL120 ~ true ~ let lookback = 3d; SigninLogs | where TimeGenerated > ago(lookback) | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1d ~ Scheduled
          nrt cross workspace ~ KQL130 ~ true ~ workspace('other').SigninLogs | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ NRT
          nrt plain ~ KQL130 ~ false ~ SigninLogs | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ NRT
          table not in data types ~ KQL140 ~ true ~ AuditLogs | where TimeGenerated > ago(1h) | extend UserPrincipalName = \"\", IPAddress = \"\", Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          incidents are written by Sentinel ~ KQL140 ~ false ~ SigninLogs | where TimeGenerated > ago(1h) | join kind=inner (SecurityIncident | where TimeGenerated > ago(1h) | extend UserPrincipalName = Title) on UserPrincipalName | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          table in data types ~ KQL140 ~ false ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          contains a whole term ~ KQL501 ~ true ~ SigninLogs | where TimeGenerated > ago(1h) | where AppDisplayName contains \"Azure\" ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ AppDisplayName ~ 1h ~ Scheduled
          has a whole term ~ KQL501 ~ false ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          no time filter ~ KQL502 ~ true ~ SigninLogs | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          time filter ~ KQL502 ~ false ~ GOOD ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          union star ~ KQL503 ~ true ~ union * | where TimeGenerated > ago(1h) | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          union named ~ KQL503 ~ false ~ union SigninLogs, AADNonInteractiveUserSignInLogs | where TimeGenerated > ago(1h) | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          join without kind ~ KQL504 ~ true ~ SigninLogs | where TimeGenerated > ago(1h) | join (SigninLogs | where TimeGenerated > ago(1h)) on UserPrincipalName | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          join with kind ~ KQL504 ~ false ~ SigninLogs | where TimeGenerated > ago(1h) | join kind=inner (SigninLogs | where TimeGenerated > ago(1h)) on UserPrincipalName | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          unknown column in query ~ KQL102 ~ true ~ SigninLogs | where TimeGenerated > ago(1h) | where UserPrincipalNam == \"x\" | extend Level = 1 ~ UserPrincipalName ~ IPAddress ~ UserPrincipalName ~ Level ~ 1h ~ Scheduled
          """)
  void fixture(
      String name,
      String code,
      boolean present,
      String query,
      String entity,
      String detail,
      String placeholder,
      String severity,
      String period,
      String kind)
      throws IOException {
    List<Diagnostic> found = run(query, entity, detail, placeholder, severity, period, kind);
    boolean hasCode = found.stream().anyMatch(diagnostic -> diagnostic.code().equals(code));
    assertEquals(present, hasCode, name + ": " + found);
  }

  @ParameterizedTest
  @CsvSource({"UserPrincipalNme, 23, 21"})
  void entityErrorPointsAtTheMappingLine(String entity, int line, int column) throws IOException {
    List<Diagnostic> found =
        run("GOOD", entity, "IPAddress", "UserPrincipalName", "Level", "1h", "Scheduled");
    Diagnostic error =
        found.stream().filter(d -> d.code().equals("KQL110")).findFirst().orElseThrow();
    assertEquals(line, error.span().line());
    assertEquals(column, error.span().column());
    assertTrue(error.message().contains("did you mean 'UserPrincipalName'"), error.message());
  }

  @org.junit.jupiter.api.Test
  void workbookQueriesWithoutAnOwningRuleAreBoundAndLinted() {
    String query = "SigninLogs | where TimeGenerated > ago(1h) | project UserPrincipalNme";
    io.sentinelforge.diag.SourceMap identity =
        (start, end) ->
            new io.sentinelforge.diag.SourceSpan("workbook.yaml", start, end, 1, start + 1);
    List<Diagnostic> found =
        new SemanticQueryCheck().check(new QueryCheck.Subject(null, query, identity, null));
    assertEquals(List.of("KQL102"), found.stream().map(Diagnostic::code).toList());
  }

  private List<Diagnostic> run(
      String query,
      String entity,
      String detail,
      String placeholder,
      String severity,
      String period,
      String kind)
      throws IOException {
    String text =
        RULE.replace("QUERY", query.equals("GOOD") ? GOOD_QUERY : query)
            .replace("ENTITY", entity)
            .replace("DETAIL", detail)
            .replace("PLACEHOLDER", placeholder)
            .replace("SEVERITY", severity)
            .replace("PERIOD", period)
            .replace("KIND", kind);
    if (kind.equals("NRT")) {
      text = text.replace("queryFrequency: 1h\n", "").replace("queryPeriod: " + period + "\n", "");
    }
    Path file = folder.resolve("rule.yaml");
    Files.writeString(file, text);
    ValidateResult result =
        new ValidateService(List.of(new SemanticQueryCheck()))
            .validate(new ValidateRequest(List.of(file)));
    List<Diagnostic> kql = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.code().startsWith("KQL")) {
        kql.add(diagnostic);
      }
    }
    return kql;
  }
}
