package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kql run}: rows on stdout, located syntax errors, exit codes. */
class KqlRunCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheRows() throws Exception {
    Path query = dir.resolve("ok.kql");
    Files.writeString(query, "print x = 1 + 1\n");
    ValidateCommandTest.Run run =
        ValidateCommandTest.run("kql", "run", query.toString(), "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    assertEquals("x\n2\n", run.out().replace("\r\n", "\n"));
  }

  @Test
  void aSyntaxErrorIsReportedAtItsLineAndColumn() throws Exception {
    Path query = dir.resolve("bad.kql");
    Files.writeString(query, "print x = 1\n| where x > \n");
    ValidateCommandTest.Run run = ValidateCommandTest.run("kql", "run", query.toString());
    assertEquals(1, run.exit());
    assertEquals(
        query + ":2:12: error KQL005", run.err().substring(0, run.err().indexOf(" expected")));
  }
}
