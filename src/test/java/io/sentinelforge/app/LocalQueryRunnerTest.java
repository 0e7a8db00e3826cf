package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.verify.ExternalData;
import io.sentinelforge.verify.InputRow;
import io.sentinelforge.verify.QueryOutcome;
import io.sentinelforge.verify.QueryRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalQueryRunnerTest {

  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private static InputRow signIn(String user, String ip, Instant time) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("TimeGenerated", time);
    values.put("UserPrincipalName", user);
    values.put("IPAddress", ip);
    values.put("LocationDetails", Map.of("city", "Oslo"));
    return new InputRow(values, time);
  }

  private static QueryOutcome run(
      String query,
      Map<String, List<InputRow>> tables,
      Map<String, ExternalData> external,
      Map<String, List<InputRow>> watchlists) {
    return new LocalQueryRunner().run(new QueryRequest(query, tables, NOW, external, watchlists));
  }

  @Test
  void typesRowsBySchemaAndReturnsPlainValues() {
    QueryOutcome outcome =
        run(
            "SigninLogs | where TimeGenerated > ago(1h)"
                + " | extend Age = now() - TimeGenerated, City = LocationDetails.city,"
                + " Seen = pack_array(1, 'a')",
            Map.of(
                "SigninLogs",
                List.of(
                    signIn("a@contoso.com", "192.0.2.1", NOW.minusSeconds(600)),
                    signIn("b@contoso.com", "192.0.2.2", NOW.minusSeconds(7200)))),
            Map.of(),
            Map.of());
    QueryOutcome.Rows rows = assertInstanceOf(QueryOutcome.Rows.class, outcome);
    assertEquals(1, rows.rows().size());
    Map<String, Object> row = rows.rows().get(0);
    assertEquals(NOW.minusSeconds(600), row.get("TimeGenerated"));
    assertEquals(Duration.ofMinutes(10), row.get("Age"));
    assertEquals("Oslo", row.get("City"));
    assertEquals(List.of(1, "a"), row.get("Seen"));
  }

  @Test
  void tablesWithoutRowsExistAndAreEmpty() {
    QueryOutcome outcome =
        run(
            "SigninLogs | union AADNonInteractiveUserSignInLogs | count",
            Map.of("SigninLogs", List.of(signIn("a", "192.0.2.1", NOW))),
            Map.of(),
            Map.of());
    assertEquals(1L, ((QueryOutcome.Rows) outcome).rows().get(0).get("Count"));
  }

  @Test
  void externalDataAndWatchlistsComeFromFixtures() {
    String query =
        "let Ranges = externaldata(IPRange: string, Label: string)"
            + " [@\"https://example.org/ranges.csv\"] with (format=\"csv\", ignoreFirstRecord=true);"
            + " let Vip = _GetWatchlist('Vip') | project SearchKey;"
            + " SigninLogs | where ipv4_is_in_any_range(IPAddress, toscalar(Ranges | summarize"
            + " make_list(IPRange))) | join kind=inner (Vip) on $left.UserPrincipalName == $right.SearchKey";
    Map<String, Object> vip = new LinkedHashMap<>();
    vip.put("SearchKey", "a");
    QueryOutcome outcome =
        run(
            query,
            Map.of(
                "SigninLogs",
                List.of(
                    signIn("a", "10.1.2.3", NOW),
                    signIn("b", "10.1.2.4", NOW),
                    signIn("a", "172.16.0.1", NOW))),
            Map.of(
                "https://example.org/ranges.csv",
                new ExternalData("testdata/ranges.csv", "IPRange,Label\n10.0.0.0/8,corp\n")),
            Map.of("Vip", List.of(new InputRow(vip, null))));
    QueryOutcome.Rows rows = assertInstanceOf(QueryOutcome.Rows.class, outcome, outcome.toString());
    assertEquals(1, rows.rows().size(), rows.rows().toString());
    assertEquals("10.1.2.3", rows.rows().get(0).get("IPAddress"));
  }

  @Test
  void unsupportedKqlAndBadSampleRowsAreReportedAsSuch() {
    Map<String, List<InputRow>> tables = Map.of("SigninLogs", List.of(signIn("a", "1", NOW)));
    assertEquals(
        new QueryOutcome.Unsupported("operator 'sample' is not supported"),
        run("SigninLogs | sample 5", tables, Map.of(), Map.of()));
    Map<String, Object> typo = new LinkedHashMap<>();
    typo.put("TimeGenerated", NOW);
    typo.put("IpAddress", "192.0.2.1");
    QueryOutcome failed =
        run(
            "SigninLogs",
            Map.of("SigninLogs", List.of(new InputRow(typo, NOW))),
            Map.of(),
            Map.of());
    assertTrue(((QueryOutcome.Failed) failed).message().contains("IpAddress"), failed.toString());
  }
}
