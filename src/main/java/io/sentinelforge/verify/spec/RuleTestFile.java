package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded {@code <rule>.tests.yaml}.
 *
 * @param path the test file
 * @param rulePath the rule or hunting query under test (the {@code rule:} value resolved against
 *     the test file's folder, or the sibling with the same base name)
 * @param ruleSpan where {@code rule:} is written, or the file start
 * @param cases the cases in file order
 */
public record RuleTestFile(Path path, Path rulePath, SourceSpan ruleSpan, List<TestCase> cases) {

  /** Copies the cases. */
  public RuleTestFile {
    cases = List.copyOf(cases);
  }

  /** The suffix that marks a rule test file. */
  public static final String SUFFIX = ".tests.yaml";

  /** The sibling rule file of a test file: {@code foo.tests.yaml} → {@code foo.yaml}. */
  public static Path siblingRule(Path testFile) {
    String name = testFile.getFileName().toString();
    String base = name.substring(0, name.length() - SUFFIX.length());
    return testFile.resolveSibling(base + ".yaml");
  }

  /** True when {@code path} names a rule test file. */
  public static boolean isTestFile(Path path) {
    return path.getFileName().toString().endsWith(SUFFIX);
  }
}
