package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

  @TempDir Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path pack() throws IOException {
    Path rules = Files.createDirectories(root.resolve("content/analytics-rules"));
    Files.writeString(
        rules.resolve("rule.yaml"),
        "id: 8e1f6a2c-3b4d-4e5f-8a9b-0c1d2e3f4a5b\nname: R\ndescription: d\nseverity: Low\n"
            + "queryFrequency: 1h\nqueryPeriod: 1h\ntriggerOperator: gt\ntriggerThreshold: 0\n"
            + "query: |\n  SigninLogs\n  | where ResultType == '0'\nkind: Scheduled\n");
    Files.writeString(
        rules.resolve("rule.tests.yaml"),
        "cases:\n  - name: fires\n    data:\n      SigninLogs:\n"
            + "        - {TimeGenerated: -5m, ResultType: '0'}\n    expect: {alerts: 1}\n");
    return root.resolve("content");
  }

  @Test
  void writesJUnitAndSarifAndExitsZeroWhenNothingFailed() throws IOException {
    Path junit = root.resolve("reports/junit.xml");
    Path sarif = root.resolve("reports/tests.sarif");
    int code =
        run("test", pack().toString(), "--junit", junit.toString(), "--sarif", sarif.toString());
    assertEquals(0, code, out + "\n" + err);
    assertTrue(
        out.toString().contains("1 cases: 1 passed, 0 failed, 0 unsupported, 0 errors"),
        out.toString());
    assertTrue(Files.readString(junit).contains("<testsuites"));
    assertTrue(Files.readString(sarif).contains("\"version\" : \"2.1.0\""));
    assertFalse(err.toString().contains("Exception"));
  }

  @Test
  void aFailingCaseExitsOneWithExpectedVersusActual() throws IOException {
    Path content = pack();
    Path tests = content.resolve("analytics-rules/rule.tests.yaml");
    Files.writeString(tests, Files.readString(tests).replace("{alerts: 1}", "{alerts: 2}"));
    Path sarif = root.resolve("tests.sarif");
    assertEquals(1, run("test", content.toString(), "--sarif", sarif.toString()));
    assertTrue(out.toString().contains("FAIL "), out.toString());
    assertTrue(out.toString().contains("alerts: expected 2\n          got 1"), out.toString());
    assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"TST100\""));
  }

  @Test
  void minCasesAboveWhatTheRuleHasExitsOne() throws IOException {
    assertEquals(1, run("test", pack().toString(), "--min-cases", "2"));
    assertTrue(out.toString().contains("error TST020"), out.toString());
  }

  @Test
  void aBrokenTestFileExitsOneWithALocatedDiagnostic() throws IOException {
    Path content = pack();
    Files.writeString(
        content.resolve("analytics-rules/rule.tests.yaml"),
        "cases:\n  - name: x\n    expct: {alerts: 1}\n");
    assertEquals(1, run("test", content.toString()));
    assertTrue(
        out.toString().contains("rule.tests.yaml:3:5: error TST002 unknown key 'expct'"),
        out.toString());
  }

  @Test
  void usageAndIoProblemsExitTwo() throws IOException {
    assertEquals(2, run("test", root.resolve("missing").toString()));
    assertTrue(err.toString().contains("no such file or directory"), err.toString());
    assertEquals(2, run("test", pack().toString(), "--at", "yesterday"));
    assertEquals(2, run("test", "--min-cases", "x"));
  }

  @Test
  void filterSelectsCases() throws IOException {
    assertEquals(0, run("test", pack().toString(), "--filter", "no such case"));
    assertTrue(out.toString().contains("0 cases"), out.toString());
  }
}
