package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.content.check.ContentValidator;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input makes {@code validate} print a stack trace: every file of the corpora (JSON lines and
 * Markdown included, as garbage), mutated YAML, and random bytes.
 */
class NoStackTraceTest {

  private static final String[] INSERTS = {
    ":",
    "-",
    "|",
    ">",
    "\t",
    "\"",
    "'",
    "[",
    "{",
    "&a",
    "*a",
    "!!binary",
    "%",
    "#",
    "\n",
    " ",
    "\n  ",
    "\u0000",
    "\uFFFF",
    "\uD83D\uDE00",
    "\uD800",
    "---\n",
    "? ",
    "<<: *a",
    "\\",
    "|9-"
  };

  @TempDir Path dir;

  @Test
  void everyCorpusFileIsHandled() throws IOException {
    Path corpus = SharedData.require("corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() > 50, "files: " + files.size());
    for (Path file : files) {
      assertClean(ValidateCommandTest.run("validate", file.toString()), file.toString());
    }
  }

  @Test
  void mutatedYamlNeverThrows() throws IOException {
    Path corpus = SharedData.require("corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Random random = new Random(20261127);
    ContentLoader loader = new ContentLoader();
    ContentValidator validator = ContentValidator.standard(List.of());
    int runs = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      for (int i = 0; i < 24; i++) {
        String mutated = mutate(text, random);
        LoadedFile loaded = loader.load("m.yaml", null, mutated, random.nextBoolean());
        for (Diagnostic d : validator.validate(new ContentSet(List.of(loaded)))) {
          assertTrue(d.span().line() >= 1 && d.span().column() >= 1, d::format);
          assertFalse(d.code().equals("SF199"), () -> d.format() + "\n--- input ---\n" + mutated);
        }
        runs++;
      }
    }
    assertTrue(runs > 1000);
  }

  @Test
  void randomBytesAndOddFilesAreDiagnostics() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      Path file = dir.resolve("garbage" + i + ".yaml");
      Files.write(file, bytes);
      assertClean(ValidateCommandTest.run("validate", file.toString()), file.toString());
    }
    Files.writeString(dir.resolve("deep.yaml"), "a: ".repeat(5000) + "b\n");
    Files.writeString(dir.resolve("wide.yaml"), "[".repeat(20000));
    Files.writeString(dir.resolve("alias.yaml"), "a: &a [*a, *a]\n");
    Files.writeString(dir.resolve("bom.yaml"), "\uFEFFid: 1\n");
    assertClean(ValidateCommandTest.run("validate", dir.toString()), dir.toString());
  }

  private static void assertClean(ValidateCommandTest.Run run, String what) {
    String all = run.out() + run.err();
    assertTrue(run.exit() == 0 || run.exit() == 1 || run.exit() == 2, what);
    assertFalse(all.contains("Exception"), () -> what + ":\n" + all);
    assertFalse(all.contains("\tat "), () -> what + ":\n" + all);
    assertFalse(all.contains("internal"), () -> what + ":\n" + all);
  }

  private static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    int at = random.nextInt(text.length());
    switch (random.nextInt(5)) {
      case 0:
        return text.substring(0, at);
      case 1:
        return text.substring(0, at)
            + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
      case 2:
        return text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
      case 3:
        int end = text.indexOf('\n', at);
        return end < 0
            ? text
            : text.substring(0, end + 1) + text.substring(at, end + 1) + text.substring(end + 1);
      default:
        return text.replace("\n  ", random.nextBoolean() ? "\n   " : "\n ");
    }
  }
}
