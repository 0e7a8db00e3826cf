package io.sentinelforge.app;

import io.sentinelforge.verify.spec.RuleTestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds rule test files: {@code *.tests.yaml} under folders, a test file given directly, or the
 * sibling test file of a rule given directly.
 */
final class TestFiles {

  private TestFiles() {}

  static List<Path> discover(List<Path> paths) throws IOException {
    TreeSet<Path> found = new TreeSet<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(RuleTestFile::isTestFile).forEach(found::add);
        }
      } else if (RuleTestFile.isTestFile(path)) {
        found.add(path);
      } else {
        Path sibling = siblingTest(path);
        if (Files.isRegularFile(sibling)) {
          found.add(sibling);
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** {@code foo.yaml} → {@code foo.tests.yaml}. */
  static Path siblingTest(Path rule) {
    String name = rule.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return rule.resolveSibling(base + RuleTestFile.SUFFIX);
  }
}
