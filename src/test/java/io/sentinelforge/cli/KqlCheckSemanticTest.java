package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kql check --jsonl IN --level semantic [--schema FILE]}. */
class KqlCheckSemanticTest {

  @TempDir Path dir;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  private Path input() throws IOException {
    return Files.writeString(
        dir.resolve("in.jsonl"),
        "{\"id\":\"a\",\"query\":\"SigninLogs | project UserPrincipalNme\"}\n"
            + "{\"id\":\"b\",\"query\":\"MyApp_CL | project Score_d\"}\n");
  }

  @Test
  void semanticLevelUsesTheBuiltInSchemas() throws IOException {
    String[] run = run("kql", "check", "--jsonl", input().toString(), "--level", "semantic");
    assertEquals("1", run[0], run[2]);
    String[] lines = run[1].split("\n");
    assertTrue(lines[0].contains("\"KQL102\""), lines[0]);
    assertTrue(lines[1].contains("\"KQL101\""), lines[1]);
  }

  @Test
  void schemaFileAddsTables() throws IOException {
    Path schema =
        Files.writeString(
            dir.resolve("tables.json"),
            "{\"MyApp_CL\": [{\"name\": \"Score_d\", \"type\": \"real\"}]}");
    String[] run =
        run(
            "kql",
            "check",
            "--jsonl",
            input().toString(),
            "--level",
            "semantic",
            "--schema",
            schema.toString());
    String[] lines = run[1].split("\n");
    assertTrue(lines[0].contains("\"KQL102\""), lines[0]);
    assertTrue(lines[1].contains("\"ok\":true"), lines[1]);
  }

  @Test
  void badSchemaFileIsAUsageError() throws IOException {
    Path schema = Files.writeString(dir.resolve("tables.json"), "{\"MyApp_CL\": 5}");
    String[] run =
        run(
            "kql",
            "check",
            "--jsonl",
            input().toString(),
            "--level",
            "semantic",
            "--schema",
            schema.toString());
    assertEquals("2", run[0]);
    assertTrue(run[2].contains("MyApp_CL"), run[2]);
  }
}
