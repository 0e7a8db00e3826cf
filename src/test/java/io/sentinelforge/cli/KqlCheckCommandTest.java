package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kql check}: files, YAML positions, the JSON Lines interface and exit codes. */
class KqlCheckCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void validFileExitsZero() throws IOException {
    Path file = Files.writeString(dir.resolve("ok.kql"), "SecurityEvent\n| take 1\n");
    Run run = run("kql", "check", file.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals("1 file checked: 0 errors, 0 warnings\n", run.out());
  }

  @Test
  void syntaxErrorIsReportedAtFileLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csl"), "T\n| where x ==\n| take 1\n");
    Run run = run("kql", "check", file.toString());
    assertEquals(1, run.exit());
    assertTrue(
        run.out().startsWith(file + ":2:13: error KQL005 expected an expression after '=='"),
        run.out());
  }

  @Test
  void yamlBlockScalarErrorPointsIntoTheYamlFile() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("rule.yaml"),
            "id: 0b5c5d4e-1c52-4f5e-9a0b-4a4f0a0a0a0a\nname: R\nkind: Scheduled\nquery: |\n"
                + "    SecurityEvent\n    | where EventID == 4625 and\n    | take 1\n");
    Run run = run("kql", "check", file.toString());
    assertEquals(1, run.exit());
    assertTrue(run.out().startsWith(file + ":6:32: error KQL005"), run.out());
  }

  @Test
  void missingFileIsAUsageError() {
    Run run = run("kql", "check", dir.resolve("absent.kql").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no such file"), run.err());
  }

  @Test
  void jsonLinesGiveOneResultPerInputInOrder() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\":\"a\",\"query\":\"T | take 1\"}\n"
                + "not json\n"
                + "{\"id\":7,\"query\":\"T\\n| where\"}\n");
    Run run = run("kql", "check", "--jsonl", input.toString());
    assertEquals(1, run.exit());
    String[] lines = run.out().split("\n");
    assertEquals(3, lines.length);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertEquals("a", first.get("id").asText());
    assertTrue(first.get("ok").asBoolean());
    assertEquals(0, first.get("diagnostics").size());
    JsonNode second = json.readTree(lines[1]);
    assertFalse(second.get("ok").asBoolean());
    assertEquals("KQL000", second.get("diagnostics").get(0).get("code").asText());
    JsonNode third = json.readTree(lines[2]);
    assertEquals(7, third.get("id").asInt());
    JsonNode diagnostic = third.get("diagnostics").get(0);
    assertEquals("KQL005", diagnostic.get("code").asText());
    assertEquals("error", diagnostic.get("severity").asText());
    assertEquals(9, diagnostic.get("start").asInt());
    assertEquals(9, diagnostic.get("end").asInt());
    assertEquals(2, diagnostic.get("line").asInt());
    assertEquals(8, diagnostic.get("column").asInt());
  }
}
