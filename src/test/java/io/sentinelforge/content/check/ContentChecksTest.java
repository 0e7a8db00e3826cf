package io.sentinelforge.content.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.content.RuleFixtures;
import io.sentinelforge.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case edits a valid rule and expects a diagnostic {@code CODE severity line:col}. */
class ContentChecksTest {

  static final String BASE = RuleFixtures.SCHEDULED_RULE;

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            "id not a GUID",
            "id: 0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab",
            "id: rule-1",
            "SF201 error 1:5"),
        c("typo in a key", "queryFrequency: 1h", "queryFrequncy: 1h", "SF108 error 10:1"),
        c(
            "typo leaves the field missing",
            "queryFrequency: 1h",
            "queryFrequncy: 1h",
            "SF109 error 1:1"),
        c(
            "unknown key far from any known key",
            "version: 1.0.0",
            "version: 1.0.0\nowner: me",
            "SF108 warning 34:1"),
        c("severity", "severity: Medium", "severity: Critical", "SF204 error 5:11"),
        c("period below frequency", "queryPeriod: 1h", "queryPeriod: 30m", "SF208 error 11:14"),
        c(
            "long period with short frequency",
            "queryFrequency: 1h\nqueryPeriod: 1h",
            "queryFrequency: 30m\nqueryPeriod: 2d",
            "SF209 error 10:17"),
        c("period above 14d", "queryPeriod: 1h", "queryPeriod: 15d", "SF207 error 11:14"),
        c("duration unit", "queryFrequency: 1h", "queryFrequency: 1w", "SF207 error 10:17"),
        c("duration below 5m", "queryFrequency: 1h", "queryFrequency: 4m", "SF207 error 10:17"),
        c("threshold range", "triggerThreshold: 0", "triggerThreshold: 10001", "SF219 error 13:19"),
        c("operator", "triggerOperator: gt", "triggerOperator: greater", "SF219 error 12:18"),
        c("threshold type", "triggerThreshold: 0", "triggerThreshold: [1]", "SF107 error 13:19"),
        c(
            "identifier",
            "identifier: AadUserId",
            "identifier: UserPrincipalName",
            "SF212 error 24:21"),
        c(
            "required identifier set",
            "identifier: AadUserId",
            "identifier: UPNSuffix",
            "SF213 error 22:17"),
        c("entity type", "entityType: Account", "entityType: Acount", "SF227 error 22:17"),
        c("column name", "columnName: UserId", "columnName: 1User", "SF214 error 25:21"),
        c(
            "custom detail key",
            "  UserAgent: UserAgent",
            "  UserAgentOfTheClientApp: UserAgent",
            "SF216 error 27:3"),
        c(
            "custom detail value",
            "  UserAgent: UserAgent",
            "  UserAgent: User Agent",
            "SF216 error 27:14"),
        c("technique format", "  - T1078", "  - T10788", "SF218 error 17:5"),
        c("technique without its tactic", "  - T1078", "  - T1110", "SF217 error 17:5"),
        c("technique unknown to the table", "  - T1078", "  - T1621", "SF217 error 17:5"),
        c("tactic", "  - InitialAccess", "  - Initial Access", "SF226 error 15:5"),
        c(
            "placeholders",
            "{{UserPrincipalName}}\"",
            "{{A}} {{B}} {{C}} {{D}}\"",
            "SF220 error 29:27"),
        c(
            "aggregation kind",
            "aggregationKind: SingleAlert",
            "aggregationKind: Single",
            "SF221 error 31:20"),
        c("version", "version: 1.0.0", "version: 1.0", "SF222 error 33:10"),
        c("duplicate key", "version: 1.0.0", "version: 1.0.0\nseverity: High", "SF106 error 34:1"),
        c("tab indentation", "  - InitialAccess", "\t- InitialAccess", "SF102 error 15:1"),
        c("YAML syntax error", "name: Test rule", "name: [Test rule", "SF101 error 3:12"),
        c("missing kind", "kind: Scheduled\n", "", "SF109 error 1:1"),
        c("lower-case kind", "kind: Scheduled", "kind: scheduled", "SF113 warning 32:7"),
        c("unsupported kind", "kind: Scheduled", "kind: Fusion", "SF114 error 32:7"),
        c("data types missing", "    dataTypes:\n      - SigninLogs\n", "", "SF206 error 7:5"),
        c(
            "unknown connector",
            "connectorId: AzureActiveDirectory",
            "connectorId: AzureActiveDirectry",
            "SF225 warning 7:18"),
        c(
            "legacy entity column",
            "  | where TimeGenerated > ago(1h) and ResultType == \"0\"",
            "  | where TimeGenerated > ago(1h) and ResultType == \"0\"\n  | extend AccountCustomEntity = UserId",
            "SF215 error 21:12"),
        c("long name", "name: Test rule", "name: " + "n".repeat(257), "SF202 error 2:7"),
        c(
            "description is a list",
            "description: |\n  A test rule.",
            "description: [a, b]",
            "SF107 error 3:14"),
        c(
            "misplaced metadata",
            "version: 1.0.0",
            "version: 1.0.0\nauthor:\n  name: x",
            "SF111 warning 34:1"),
        c("unquoted date", "version: 1.0.0", "version: 2021-08-22", "SF112 warning 33:10"),
        c(
            "empty query",
            "query: |\n  SigninLogs\n  | where TimeGenerated > ago(1h) and ResultType == \"0\"",
            "query: ''",
            "SF109 error 18:8"),
        c(
            "too many field mappings",
            "        columnName: UserId",
            "        columnName: UserId"
                + "\n      - identifier: Name\n        columnName: N".repeat(3),
            "SF211 error 24:7"),
        c(
            "too many entity mappings",
            "entityMappings:",
            "entityMappings:"
                + "\n  - entityType: IP\n    fieldMappings:\n      - identifier: Address\n"
                + "        columnName: IPAddress".repeat(1)
                + ("\n  - entityType: IP\n    fieldMappings:\n      - identifier: Address\n"
                        + "        columnName: IPAddress")
                    .repeat(9),
            "SF210 error 22:3"),
        c("empty file", BASE, "", "SF104 error 1:1"),
        c("top level list", BASE, "- a\n", "SF105 error 1:1"),
        c("migration stub", BASE, "id: 1\nname: x\ndescription: y\n", "SF110 warning 1:1"));
  }

  private static Arguments c(String name, String from, String to, String expected) {
    assertTrue(BASE.contains(from), () -> name + ": base lacks " + from);
    return Arguments.of(name, BASE.replace(from, to), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExpectedDiagnostic(String name, String yaml, String expected) {
    List<String> found = validate(yaml).stream().map(ContentChecksTest::brief).toList();
    assertTrue(found.contains(expected), () -> name + ": expected " + expected + " in " + found);
  }

  @Test
  void theBaseRuleIsClean() {
    assertEquals(List.of(), validate(BASE));
  }

  @Test
  void nrtRulesNeedNoSchedule() {
    String nrt =
        BASE.replace("kind: Scheduled", "kind: NRT")
            .replace("queryFrequency: 1h\nqueryPeriod: 1h\ntriggerOperator: gt\n", "")
            .replace("triggerThreshold: 0\n", "");
    assertEquals(List.of(), validate(nrt));
  }

  @Test
  void huntingQueriesSkipRuleOnlyChecks() {
    String hunting =
        "id: 0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab\nname: h\ndescription: d\n"
            + "tactics:\n  - Discovery\nrelevantTechniques:\n  - T1078\nquery: SigninLogs\n";
    LoadedFile file = new ContentLoader().load("h.yaml", null, hunting, true);
    assertEquals(
        List.of(), ContentValidator.standard(List.of()).validate(new ContentSet(List.of(file))));
  }

  static List<Diagnostic> validate(String yaml) {
    LoadedFile file = new ContentLoader().load("rule.yaml", null, yaml, false);
    return ContentValidator.standard(List.of()).validate(new ContentSet(List.of(file)));
  }

  private static String brief(Diagnostic d) {
    return d.code() + " " + d.severity().label() + " " + d.span().line() + ":" + d.span().column();
  }
}
