package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@code <rule>.tests.yaml} file (format: DESIGN.md "Rule tests") into a {@link
 * RuleTestFile}, reporting every problem as a located {@code TST} diagnostic.
 */
public final class TestFileLoader {

  private static final List<String> TOP_KEYS = List.of("rule", "cases");
  private static final List<String> CASE_KEYS =
      List.of("name", "at", "period", "data", "watchlists", "externaldata", "expect");

  /** The result: the file (null when unusable) and the diagnostics found while loading. */
  public record Loaded(RuleTestFile file, List<Diagnostic> diagnostics) {
    /** Copies the diagnostics. */
    public Loaded {
      diagnostics = List.copyOf(diagnostics);
    }

    /** True when loading found an error. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /** Loads {@code path}; {@code displayName} is how diagnostics name the file. */
  public Loaded load(Path path, String displayName) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text;
    try {
      text = Files.readString(path);
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.error(
              TestCodes.DATA_FILE_MISSING,
              "cannot read test file: " + e.getMessage(),
              SourceSpan.ofFile(displayName)));
      return new Loaded(null, diagnostics);
    }
    return new Loaded(parse(path, displayName, text, diagnostics), diagnostics);
  }

  private RuleTestFile parse(
      Path path, String displayName, String text, List<Diagnostic> diagnostics) {
    NodeReader reader = new NodeReader(diagnostics);
    YamlNode root = new YamlTreeReader(displayName, diagnostics).read(text);
    if (root == null) {
      if (diagnostics.isEmpty()) {
        reader.error(TestCodes.MISSING_KEY, "empty test file", SourceSpan.ofFile(displayName));
      }
      return null;
    }
    YamlNode.Mapping top = reader.mapping(root, "a test file");
    if (top == null) {
      return null;
    }
    reader.checkKeys(top, TOP_KEYS, "the test file");
    Path folder = path.toAbsolutePath().getParent();
    Path rulePath = RuleTestFile.siblingRule(path);
    SourceSpan ruleSpan = SourceSpan.ofFile(displayName);
    if (top.get("rule") != null) {
      String rule = reader.text(top.get("rule"), "rule");
      ruleSpan = top.get("rule").span();
      rulePath = rule == null ? rulePath : path.resolveSibling(rule);
    }
    List<TestCase> cases = readCases(reader, top, folder);
    return new RuleTestFile(path, rulePath, ruleSpan, cases);
  }

  private List<TestCase> readCases(NodeReader reader, YamlNode.Mapping top, Path folder) {
    List<TestCase> cases = new ArrayList<>();
    YamlNode casesNode = reader.required(top, "cases", "a test file");
    YamlNode.Sequence list = casesNode == null ? null : reader.sequence(casesNode, "cases");
    if (list == null) {
      return cases;
    }
    Map<String, SourceSpan> names = new HashMap<>();
    for (YamlNode item : list.items()) {
      YamlNode.Mapping mapping = reader.mapping(item, "a case");
      TestCase testCase = mapping == null ? null : readCase(reader, mapping, folder);
      if (testCase == null) {
        continue;
      }
      SourceSpan earlier = names.putIfAbsent(testCase.name(), testCase.span());
      if (earlier != null) {
        reader.error(
            TestCodes.DUPLICATE_CASE,
            "duplicate case name '" + testCase.name() + "' (first at line " + earlier.line() + ")",
            testCase.span());
      }
      cases.add(testCase);
    }
    return cases;
  }

  private TestCase readCase(NodeReader reader, YamlNode.Mapping mapping, Path folder) {
    reader.checkKeys(mapping, CASE_KEYS, "a case");
    YamlNode nameNode = reader.required(mapping, "name", "a case");
    String name = nameNode == null ? null : reader.text(nameNode, "name");
    YamlNode expectNode = reader.required(mapping, "expect", "a case");
    Expectations expect =
        expectNode == null ? null : new ExpectationReader(reader).read(expectNode);
    Instant at = readAt(reader, mapping.get("at"));
    Duration period = readPeriod(reader, mapping.get("period"));
    SampleDataReader dataReader = new SampleDataReader(reader, folder);
    CaseSources sources = new CaseSources(reader, dataReader);
    List<SampleData> data = sources.tables(mapping.get("data"), "data");
    List<SampleData> watchlists = sources.tables(mapping.get("watchlists"), "watchlists");
    List<ExternalDataFile> external = sources.externalData(mapping.get("externaldata"));
    if (name == null || expect == null) {
      return null;
    }
    return new TestCase(name, at, period, data, watchlists, external, expect, mapping.span());
  }

  private static Instant readAt(NodeReader reader, YamlNode node) {
    if (node == null) {
      return null;
    }
    String text = reader.text(node, "at");
    Instant at = text == null ? null : TimeText.parseInstant(text).orElse(null);
    if (text != null && at == null) {
      reader.error(
          TestCodes.BAD_TIMESTAMP,
          "at '" + text + "' must be an ISO 8601 date-time such as 2026-01-15T12:00:00Z",
          node.span());
    }
    return at;
  }

  private static Duration readPeriod(NodeReader reader, YamlNode node) {
    if (node == null) {
      return null;
    }
    String text = reader.text(node, "period");
    if (text == null) {
      return null;
    }
    var offset = TimeText.parseOffset("+" + text.trim());
    if (offset.isEmpty() || offset.get().isZero()) {
      reader.error(
          TestCodes.BAD_TIMESTAMP,
          "period '" + text + "' must be a duration such as 30m, 1h or 7d",
          node.span());
      return null;
    }
    return offset.get();
  }
}
