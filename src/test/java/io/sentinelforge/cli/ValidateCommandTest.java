package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import io.sentinelforge.content.RuleFixtures;
import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} command: output forms and exit codes. */
class ValidateCommandTest {

  private static final Pattern LINE =
      Pattern.compile("^.+:\\d+:\\d+: (error|warning|info) [A-Z]+\\d{3} .+$");

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return List.of(out.split("\n"));
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void cleanContentExitsZeroWithASummary() throws IOException {
    Files.writeString(dir.resolve("rule.yaml"), RuleFixtures.SCHEDULED_RULE);
    Run run = run("validate", dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("1 file checked: 0 errors, 0 warnings\n", run.out());
  }

  @Test
  void errorsExitOneWithLocatedSortedLines() throws IOException {
    Files.writeString(
        dir.resolve("b.yaml"),
        RuleFixtures.SCHEDULED_RULE.replace("severity: Medium", "severity: x"));
    Files.writeString(
        dir.resolve("a.yaml"),
        RuleFixtures.SCHEDULED_RULE
            .replace("1234567890ab", "1234567890ac")
            .replace("version: 1.0.0", "version: 1")
            .replace("kind: Scheduled", "kind: scheduled"));
    Run run = run("validate", dir.toString());
    assertEquals(1, run.exit());
    List<String> lines = run.lines();
    assertEquals(4, lines.size(), run.out());
    for (String line : lines.subList(0, 3)) {
      assertTrue(LINE.matcher(line).matches(), line);
    }
    assertTrue(lines.get(0).contains("a.yaml:32:7: warning SF113"), lines.get(0));
    assertTrue(lines.get(1).contains("a.yaml:33:10: error SF222"), lines.get(1));
    assertTrue(lines.get(2).contains("b.yaml:5:11: error SF204"), lines.get(2));
    assertEquals("2 files checked: 2 errors, 1 warning", lines.get(3));
  }

  @Test
  void jsonFormat() throws IOException {
    Files.writeString(
        dir.resolve("r.yaml"),
        RuleFixtures.SCHEDULED_RULE.replace("queryPeriod: 1h", "queryPeriod: 1"));
    Run run = run("validate", "--format", "json", dir.toString());
    assertEquals(1, run.exit());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(1, json.get("summary").get("errors").asInt());
    JsonNode first = json.get("diagnostics").get(0);
    assertEquals("SF207", first.get("code").asText());
    assertEquals(11, first.get("line").asInt());
    assertEquals(14, first.get("column").asInt());
    assertEquals("error", first.get("severity").asText());
  }

  @Test
  void missingPathExitsTwo() {
    Run run = run("validate", dir.resolve("missing").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("missing: no such file or directory"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void badOptionExitsTwo() {
    assertEquals(2, run("validate", "--format", "xml", dir.toString()).exit());
  }

  @Test
  void corpusRulesAndEdgeCases() {
    Path corpus = SharedData.require("corpus/azure-sentinel");
    List<String> args = new ArrayList<>(List.of("validate"));
    try (var files = Files.list(corpus)) {
      files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .forEach(p -> args.add(p.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Run clean = run(args.toArray(String[]::new));
    // One real error: an entity mapping to a column the query drops (KQL110, confirmed by
    // Microsoft's analyzer); see ValidateCorpusTest.
    assertEquals(1, clean.exit(), clean.out());
    assertTrue(
        clean.out().contains("DisabledAccIPSigninWithRareRiskyOps.yaml:85:21: error KQL110"),
        clean.out());
    String[] lines = clean.out().split("\n");
    assertTrue(
        lines[lines.length - 1].matches("29 files checked: 1 error, \\d+ warnings"), clean.out());
    Run edge = run("validate", corpus.resolve("_edge-cases").toString());
    assertEquals(1, edge.exit());
  }
}
