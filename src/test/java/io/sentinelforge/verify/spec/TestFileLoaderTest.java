package io.sentinelforge.verify.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFileLoaderTest {

  @TempDir Path folder;

  private TestFileLoader.Loaded load(String yaml) throws IOException {
    Path file = folder.resolve("rule.tests.yaml");
    Files.writeString(file, yaml);
    return new TestFileLoader().load(file, "rule.tests.yaml");
  }

  private static String formatted(TestFileLoader.Loaded loaded) {
    return loaded.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  @Test
  void loadsInlineAndFileDataWithRelativeTimes() throws IOException {
    Files.writeString(
        folder.resolve("signins.jsonl"),
        "{\"TimeGenerated\": \"-2h\", \"IPAddress\": \"198.51.100.1\", \"LocationDetails\": {\"city\": \"Oslo\"}}\n\n"
            + "{\"TimeGenerated\": \"2026-01-15T11:00:00Z\", \"ResultType\": 0}\n");
    Files.writeString(folder.resolve("hva.csv"), "SearchKey,Tier\n\"a@contoso.com\",\"1, top\"\n");
    Files.writeString(folder.resolve("ranges.csv"), "\"IPRange\"\n\"10.0.0.0/8\"\n");
    Files.writeString(
        folder.resolve("alerts.json"), "[{\"TimeGenerated\": \"-1d\", \"Status\": \"New\"}]");
    TestFileLoader.Loaded loaded =
        load(
            "rule: other-rule.yaml\n"
                + "cases:\n"
                + "  - name: fires\n"
                + "    at: 2026-01-15T12:00:00Z\n"
                + "    period: 7d\n"
                + "    data:\n"
                + "      MicrosoftGraphActivityLogs:\n"
                + "        - TimeGenerated: -10m\n"
                + "          UserAgent: azurehound/v2.1.7\n"
                + "          _IngestionTime: -5m\n"
                + "      SigninLogs: signins.jsonl\n"
                + "      SecurityAlert: alerts.json\n"
                + "    watchlists:\n"
                + "      HighValueAccounts: hva.csv\n"
                + "    externaldata:\n"
                + "      \"https://example.org/ranges.csv\": ranges.csv\n"
                + "    expect:\n"
                + "      alerts: {at_least: 1}\n"
                + "      contains:\n"
                + "        - entities: { Account.AadUserId: abc }\n"
                + "          displayName: AzureHound used by abc\n");
    assertTrue(loaded.diagnostics().isEmpty(), formatted(loaded));
    RuleTestFile file = loaded.file();
    assertEquals(folder.resolve("other-rule.yaml"), file.rulePath());
    TestCase testCase = file.cases().get(0);
    assertEquals(Instant.parse("2026-01-15T12:00:00Z"), testCase.at());
    assertEquals(Duration.ofDays(7), testCase.period());
    assertEquals(3, testCase.data().size());
    SampleRow graph = testCase.data().get(0).rows().get(0);
    assertInstanceOf(TimePoint.Relative.class, graph.values().get("TimeGenerated"));
    assertInstanceOf(TimePoint.Relative.class, graph.values().get("_IngestionTime"));
    List<SampleRow> signIns = testCase.data().get(1).rows();
    assertEquals(2, signIns.size());
    assertInstanceOf(TimePoint.Absolute.class, signIns.get(1).values().get("TimeGenerated"));
    assertEquals(0L, signIns.get(1).values().get("ResultType"));
    assertEquals(
        "Oslo", ((java.util.Map<?, ?>) signIns.get(0).values().get("LocationDetails")).get("city"));
    assertEquals("1, top", testCase.watchlists().get(0).rows().get(0).values().get("Tier"));
    assertEquals("\"IPRange\"\n\"10.0.0.0/8\"\n", testCase.externalData().get(0).text());
    assertEquals(1, testCase.expect().alerts().atLeast());
    assertTrue(testCase.expect().expectsFiring());
  }

  @Test
  void defaultRuleIsTheSibling() throws IOException {
    TestFileLoader.Loaded loaded = load("cases:\n  - name: quiet\n    expect:\n      alerts: 0\n");
    assertEquals(folder.resolve("rule.yaml"), loaded.file().rulePath());
    assertFalse(loaded.file().cases().get(0).expect().expectsFiring());
    assertNull(loaded.file().cases().get(0).at());
  }

  @Test
  void reportsMistakesWithLineAndColumn() throws IOException {
    TestFileLoader.Loaded loaded =
        load(
            "cases:\n"
                + "  - name: one\n"
                + "    expcet:\n"
                + "      alerts: 1\n"
                + "  - name: two\n"
                + "    data:\n"
                + "      SigninLogs:\n"
                + "        - TimeGenerated: ten minutes ago\n"
                + "      AuditLogs: missing.jsonl\n"
                + "      OfficeActivity: rows.txt\n"
                + "    expect:\n"
                + "      alerts: -1\n"
                + "      contains:\n"
                + "        - entities: { Address: 1.2.3.4 }\n"
                + "  - name: two\n"
                + "    expect: {rows: 0}\n");
    String text = formatted(loaded);
    assertTrue(
        text.contains(
            "rule.tests.yaml:3:5: error TST002 unknown key 'expcet' in a case; did you mean 'expect'?"),
        text);
    assertTrue(text.contains("rule.tests.yaml:2:5: error TST004 a case needs 'expect'"), text);
    assertTrue(
        text.contains(
            "rule.tests.yaml:15:5: error TST009 duplicate case name 'two' (first at line 5)"),
        text);
    assertTrue(text.contains("error TST008 TimeGenerated 'ten minutes ago'"), text);
    assertTrue(text.contains("rule.tests.yaml:9:18: error TST006 data file not found"), text);
    assertTrue(text.contains("rule.tests.yaml:10:23: error TST011"), text);
    assertTrue(
        text.contains(
            "rule.tests.yaml:12:15: error TST003 expect.alerts must be a whole number of 0 or more,"
                + " found the number -1"),
        text);
    assertTrue(text.contains("error TST013 entity key 'Address'"), text);
  }

  @Test
  void reportsYamlErrorsTabsDuplicatesAndEmptyFiles() throws IOException {
    assertTrue(
        formatted(load("cases: [\n"))
            .contains("rule.tests.yaml:2:1: error TST001 invalid YAML: expected the node content"));
    assertTrue(
        formatted(load("cases:\n\t- name: x\n")).contains("rule.tests.yaml:2:1: error TST001 tab"));
    assertTrue(
        formatted(load("cases: []\ncases: []\n"))
            .contains("rule.tests.yaml:2:1: error TST010 duplicate key 'cases'"));
    assertTrue(formatted(load("")).contains("error TST004 empty test file"));
    assertTrue(formatted(load("- a\n")).contains("error TST003 a test file must be a mapping"));
  }

  @Test
  void reportsMalformedDataFiles() throws IOException {
    Files.writeString(folder.resolve("bad.jsonl"), "{\"a\": 1}\n{not json}\n");
    Files.writeString(folder.resolve("bad.csv"), "a,b\n1\n");
    String text =
        formatted(
            load(
                "cases:\n  - name: x\n    data:\n      A: bad.jsonl\n      B: bad.csv\n"
                    + "    expect: {alerts: 0}\n"));
    assertTrue(text.contains("error TST007 bad.jsonl: invalid JSON at line 1"), text);
    assertTrue(
        text.contains("error TST007 bad.csv: record 2 has 1 fields, the header has 2"), text);
  }
}
