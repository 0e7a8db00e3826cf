package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init}, {@code new rule}, {@code new hunting}: files, messages and exit codes. */
class ScaffoldCommandsTest {

  @TempDir Path dir;

  @Test
  void initThenNewThenValidate() {
    ValidateCommandTest.Run init = ValidateCommandTest.run("init", dir.toString());
    assertEquals(0, init.exit(), init.err());
    assertTrue(init.out().contains("created " + dir.resolve("content/sentinel-forge.yaml")));
    Path rules = dir.resolve("content/analytics-rules");
    Path hunting = dir.resolve("content/hunting-queries");
    ValidateCommandTest.Run rule =
        ValidateCommandTest.run("new", "rule", "Token theft", "--dir", rules.toString());
    assertEquals(0, rule.exit(), rule.err());
    assertTrue(Files.isRegularFile(rules.resolve("token-theft.yaml")));
    ValidateCommandTest.Run query =
        ValidateCommandTest.run("new", "hunting", "Token theft", "--dir", hunting.toString());
    assertEquals(0, query.exit(), query.err());
    ValidateCommandTest.Run again =
        ValidateCommandTest.run("new", "rule", "Token theft", "--dir", rules.toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("already exists"), again.err());
    ValidateCommandTest.Run validate =
        ValidateCommandTest.run("validate", dir.resolve("content").toString());
    assertEquals(0, validate.exit(), validate.out());
    assertEquals("3 files checked: 0 errors, 0 warnings\n", validate.out());
  }

  @Test
  void aScaffoldedProjectBuildsAndSaysHowItsRuleTestsWent() {
    assertEquals(0, ValidateCommandTest.run("init", dir.toString()).exit());
    ValidateCommandTest.Run build = ValidateCommandTest.run("build", "--project", dir.toString());
    assertEquals(0, build.exit(), build.out() + build.err());
    assertTrue(
        build.out().startsWith("rule tests: 2 passed, 0 failed, 0 errors, 0 unsupported;"),
        build.out());
    assertTrue(Files.isDirectory(dir.resolve("generated")));
  }

  @Test
  void newNeedsAName() {
    assertEquals(2, ValidateCommandTest.run("new", "rule").exit());
  }
}
