package io.sentinelforge.kql.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.KqlParser;
import io.sentinelforge.kql.syntax.ParseResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The binder, case by case: each query's semantic codes (empty = clean) and, for clean ones, the
 * result columns.
 */
class BinderTest {

  private static SemanticModel bind(String query) {
    ParseResult parsed = KqlParser.parse(query);
    assertTrue(parsed.ok(), () -> "syntax: " + parsed.diagnostics());
    return Binder.bind(parsed.query(), SchemaCatalog.builtIn());
  }

  private static String codes(SemanticModel model) {
    return model.diagnostics().stream().map(KqlDiagnostic::code).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " ~ ",
      textBlock =
          """
          SigninLogs | where TimeGenerated > ago(1d) | project UserPrincipalName, IPAddress ~ '' ~ UserPrincipalName IPAddress
          SigninLogs | project UserPrincipalName | where IPAddress == '1' ~ KQL102 ~ -
          SigninLogs | project-away IPAddress | project IPAddress ~ KQL102 ~ -
          SigninLogs | project-rename User = UserPrincipalName | project User ~ '' ~ User
          SigninLogs | summarize count(), dcount(IPAddress), make_set(AppId) by UserPrincipalName ~ '' ~ UserPrincipalName count_ dcount_IPAddress set_AppId
          SigninLogs | summarize Last = arg_max(TimeGenerated, IPAddress) by UserPrincipalName | project UserPrincipalName, Last, IPAddress ~ '' ~ UserPrincipalName Last IPAddress
          SigninLogs | summarize count() by bin(TimeGenerated, 1h) | project TimeGenerated, count_ ~ '' ~ TimeGenerated count_
          SigninLogs | project UserPrincipalName | join kind=inner (AuditLogs | project UserPrincipalName = tostring(InitiatedBy)) on UserPrincipalName | project UserPrincipalName, UserPrincipalName1 ~ '' ~ UserPrincipalName UserPrincipalName1
          SigninLogs | project A = 1 | join kind=leftanti (SigninLogs | project A = 1, B = 2) on A | project B ~ KQL102 ~ -
          SigninLogs | join kind=inner (AuditLogs) on $left.UserPrincipalName == $right.Identityy ~ KQL102 ~ -
          union withsource = Source SigninLogs, AuditLogs | project Source, UserPrincipalName, OperationName ~ '' ~ Source UserPrincipalName OperationName
          union isfuzzy=true SigninLogs, NoSuchTable | project UserPrincipalName ~ '' ~ UserPrincipalName
          union SigninLogs, NoSuchTable ~ KQL101 ~ -
          SigninLogs | mv-expand Policy = ConditionalAccessPolicies | extend Name = tostring(Policy.displayName) | project Name ~ '' ~ Name
          SigninLogs | parse UserAgent with Browser '/' Version:int ' ' * | project Browser, Version ~ '' ~ Browser Version
          SigninLogs | evaluate bag_unpack(LocationDetails) | project city, UserPrincipalName ~ '' ~ city UserPrincipalName
          SigninLogs | serialize | evaluate rows_near(ResultType == '0', 2) | project IPAddress ~ '' ~ IPAddress
          SigninLogs | evaluate active_users_count(UserPrincipalName, TimeGenerated, ago(30d), now(), 7d, 1d, 2, 7d, AppId) ~ '' ~ TimeGenerated AppId dcount
          SigninLogs | evaluate active_users_count(UserPrincipalName, TimeGenerated, ago(30d), now(), 7d, 1d, 2, 7d) | project IPAddress ~ KQL102 ~ -
          SigninLogs | reduce by UserAgent with threshold=0.2 ~ '' ~ Pattern Count Representative
          SigninLogs | reduce kind=source by UserAgent | project UserAgent, Pattern ~ '' ~ UserAgent Pattern
          SigninLogs | reduce by UserAgent | project UserAgent ~ KQL102 ~ -
          SigninLogs | evaluate sliding_window_counts(UserPrincipalName, TimeGenerated, ago(7d), now(), 3d, 1d) ~ '' ~ TimeGenerated Count dcount
          SigninLogs | evaluate activity_counts_metrics(UserPrincipalName, TimeGenerated, ago(7d), now(), 1d, AppId) ~ '' ~ TimeGenerated AppId count dcount new_dcount aggregated_dcount
          SigninLogs | evaluate pivot(ClientAppUsed, count(), UserPrincipalName) : (UserPrincipalName:string, Browser:long) ~ '' ~ UserPrincipalName Browser
          SigninLogs | scan with_match_id=m declare (First:datetime) with (step s1: true => First = s1.TimeGenerated;) | project IPAddress, First, m ~ '' ~ IPAddress First m
          SigninLogs | evaluate rolling_percentile(DurationMs, 95, TimeGenerated, 1h, 3, AppId) ~ '' ~ TimeGenerated AppId rolling_3_percentile_DurationMs_95
          let recent = SigninLogs | where TimeGenerated > ago(1h); recent | project IPAddress ~ '' ~ IPAddress
          let recent = materialize(SigninLogs | project IPAddress); recent | project IPAddress ~ '' ~ IPAddress
          let f = (n:int) { SigninLogs | take n }; f(5) | project IPAddress ~ '' ~ IPAddress
          let f = (n:int) { SigninLogs | take n }; f() | project IPAddress ~ KQL201 ~ -
          let lookback = 2h; SigninLogs | where TimeGenerated > ago(lookback) | count ~ '' ~ Count
          SigninLogz | project Anything ~ KQL101 ~ -
          SigninLogs | extend x = srcat(UserPrincipalName, 'a') ~ KQL103 ~ -
          SigninLogs | extend x = strcat() ~ KQL201 ~ -
          SigninLogs | where TimeGenerated > ago('1d') ~ KQL202 ~ -
          SigninLogs | summarize sum(UserPrincipalName) ~ KQL202 ~ -
          SigninLogs | where UserPrincipalName ~ KQL203 ~ -
          SigninLogs | where TimeGenerated > '2024-01-01' ~ KQL204 ~ -
          SigninLogs | where NoSuchColumn > 1 and NoSuchColumn < 5 ~ KQL102 KQL102 ~ -
          SigninLogs | extend d = parse_json(tostring(LocationDetails)) | project City = tostring(d.city), First = d[0], Key = d['x'] ~ '' ~ City First Key
          SigninLogs | extend u = tolower(UserPrincipalName) | where u has_any ('a', 'b') | summarize percentiles(DurationMs, 50, 95) ~ '' ~ percentile_DurationMs_50 percentile_DurationMs_95
          SigninLogs | as T | extend Total = toscalar(T | count) | project Total ~ '' ~ Total
          _GetWatchlist('Undeclared') | project SearchKey, Anything ~ '' ~ SearchKey Anything
          """)
  void binds(String query, String expectedCodes, String expectedColumns) {
    SemanticModel model = bind(query);
    assertEquals(
        expectedCodes == null ? "" : expectedCodes,
        codes(model),
        () -> model.diagnostics().toString());
    if (!expectedColumns.equals("-")) {
      assertEquals(List.of(expectedColumns.split(" ")), model.resultSchema().names());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "SigninLogs | project UserPrincipalNme, 'UserPrincipalName'",
    "SiginLogs | take 1, 'SigninLogs'"
  })
  void suggestsTheClosestName(String query, String suggestion) {
    SemanticModel model = bind(query);
    assertTrue(
        model.diagnostics().get(0).message().contains("did you mean '" + suggestion + "'"),
        model.diagnostics().toString());
  }
}
