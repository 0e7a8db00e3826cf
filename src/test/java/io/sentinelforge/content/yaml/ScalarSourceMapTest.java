package io.sentinelforge.content.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.LineIndex;
import io.sentinelforge.diag.SourceSpan;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value of {@code q} in each YAML text must read as expected, and every upper-case marker
 * letter of the value must map to the same letter's line and column in the file.
 */
class ScalarSourceMapTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("literal", "q: |\n  Ab\n  | Cd\n", "Ab\n| Cd\n"),
        Arguments.of("literal strip", "q: |-\n  A\n  B\n\n", "A\nB"),
        Arguments.of("literal keep", "q: |+\n  A\n  B\n\n\nz: 1\n", "A\nB\n\n\n"),
        Arguments.of("literal clip, no final newline", "q: |\n  A\n  B", "A\nB"),
        Arguments.of("indentation indicator", "q: |2\n    A more\n  B\n", "  A more\nB\n"),
        Arguments.of(
            "indicator and chomping nested",
            "m:\n  q: |4-\n         A\n        B\n  z: 1\n",
            "   A\n  B"),
        Arguments.of("chomping before indicator", "q: |-2\n   A\n  B\n", " A\nB"),
        Arguments.of("first line empty, one-space indent", "q: |\n\n Ab\n  C\n", "\nAb\n C\n"),
        Arguments.of("four-space indent", "q: |\n    A\n    | B\nz: x\n", "A\n| B\n"),
        Arguments.of("comment after indicator", "q: | # the query\n  A\n", "A\n"),
        Arguments.of("empty literal", "q: |\nz: A\n", ""),
        Arguments.of("tabs inside content", "q: |\n  A\n  \tB\n", "A\n\tB\n"),
        Arguments.of("blank lines inside", "q: |\n  A\n\n  B\n", "A\n\nB\n"),
        Arguments.of("more-indented blank line", "q: |\n  A\n    \n  B\n", "A\n  \nB\n"),
        Arguments.of("CRLF", "q: |\r\n  A\r\n  B\r\n", "A\nB\n"),
        Arguments.of("sequence item", "l:\n  - |\n    A\n    B\n", "A\nB\n"),
        Arguments.of("sequence item in mapping", "l:\n- q: |\n    A\n  z: 1\n", "A\n"),
        Arguments.of(
            "surrogate pair before",
            "e: \"\uD83D\uDE00\uD83D\uDE00\"\nq: |\n  A \uD83D\uDE00 B\n",
            "A \uD83D\uDE00 B\n"),
        Arguments.of("folded", "q: >\n  A b\n  C\n\n  D\n", "A b C\nD\n"),
        Arguments.of("folded more-indented", "q: >-\n  A\n    B\n  C\n", "A\n  B\nC"),
        Arguments.of("folded keep", "q: >+\n  A\n  B\n\n", "A B\n\n"),
        Arguments.of("single quoted", "q: 'A ''B'' C'\n", "A 'B' C"),
        Arguments.of("single quoted folded", "q: 'A\n  B\n\n  C  '\n", "A B\nC  "),
        Arguments.of("double quoted folded", "q: \"A  \n   B\"\n", "A B"),
        Arguments.of("double quoted escaped break", "q: \"A\\\n   B\"\n", "AB"),
        Arguments.of("plain", "q: A b\n", "A b"),
        Arguments.of("plain multi-line", "q: A\n  B c\n\n  D\nz: 1\n", "A B c\nD"),
        Arguments.of("plain trailing spaces and comment", "q: A B   # note\n", "A B"),
        Arguments.of("tagged literal", "q: !!str |\n  A\n", "A\n"),
        Arguments.of("anchored quoted", "q: &x 'A B'\n", "A B"),
        Arguments.of("tag on its own line", "q: !!str\n  |\n  A\n", "A\n"),
        Arguments.of("flow mapping", "q: {x: [A, 'B']}\n", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void valuesMapBackToTheirLetters(String name, String yaml, String expected) {
    YamlScalar q = findQuery(yaml);
    if (expected == null) {
      return;
    }
    assertEquals(expected, q.value(), name);
    ScalarSourceMap map = (ScalarSourceMap) q.valueMap();
    assertTrue(map.exact(), name + ": map is not exact");
    LineIndex lines = LineIndex.of(yaml);
    for (int i = 0; i < q.value().length(); i++) {
      char c = q.value().charAt(i);
      if (Character.isUpperCase(c)) {
        int fileOffset = yaml.indexOf(c, yaml.indexOf(':'));
        SourceSpan span = q.valueMap().map(i, i + 1);
        assertEquals(fileOffset, span.start(), name + " offset of " + c);
        assertEquals(lines.line(fileOffset), span.line(), name + " line of " + c);
        assertEquals(lines.column(fileOffset), span.column(), name + " column of " + c);
        assertEquals(fileOffset + 1, span.end(), name + " end of " + c);
      }
    }
  }

  @Test
  void escapesMapToTheirBackslash() {
    String yaml = "q: \"A\\tB\\\"\\x41\\u00e9\\U0001F600\\\\Z\"\n";
    YamlScalar q = findQuery(yaml);
    assertEquals("A\tB\"A\u00e9\uD83D\uDE00\\Z", q.value());
    assertTrue(((ScalarSourceMap) q.valueMap()).exact());
    assertEquals(yaml.indexOf("\\t"), q.valueMap().map(1, 2).start());
    assertEquals(yaml.indexOf("\\x41"), q.valueMap().map(4, 5).start());
    assertEquals(yaml.indexOf("\\U"), q.valueMap().map(6, 8).start());
    assertEquals(yaml.indexOf('Z'), q.valueMap().map(9, 10).start());
  }

  @Test
  void spansCoverRangesAndClampOutOfRangeOffsets() {
    String yaml = "id: x\nquery: |\n  SigninLogs\n  | where A == 1\n";
    YamlScalar q = findQuery(yaml.replace("query", "q"));
    SourceSpan where = q.valueMap().map(13, 18);
    assertEquals(4, where.line());
    assertEquals(5, where.column());
    assertEquals(5, where.end() - where.start());
    SourceSpan end = q.valueMap().map(q.value().length(), q.value().length());
    assertEquals(4, end.line());
    assertEquals(17, end.column());
    SourceSpan beyond = q.valueMap().map(500, 900);
    assertEquals(end.start(), beyond.start());
    SourceSpan negative = q.valueMap().map(-4, 1);
    assertEquals(3, negative.line());
    assertEquals(3, negative.column());
  }

  @Test
  void queryLineAndColumnInARealisticRule() {
    String yaml =
        "id: 1\nname: n\nquery: |\n    let x = 1;\n    SigninLogs\n    | where Foo == x\n";
    YamlScalar q = findQuery(yaml.replace("query:", "q:"));
    int foo = q.value().indexOf("Foo");
    SourceSpan span = q.valueMap().map(foo, foo + 3);
    assertEquals(6, span.line());
    assertEquals(13, span.column());
  }

  private static YamlScalar findQuery(String yaml) {
    YamlParseResult result = YamlDocumentParser.parse("t.yaml", yaml);
    assertTrue(result.diagnostics().isEmpty(), () -> yaml + " -> " + result.diagnostics());
    for (YamlScalar scalar : ScalarSourceMapCorpusTest.scalars(result.root().orElseThrow())) {
      ScalarSourceMap map = (ScalarSourceMap) scalar.valueMap();
      assertTrue(map.exact(), () -> "inexact map for " + scalar.value() + " in " + yaml);
    }
    YamlMapping root = (YamlMapping) result.root().orElseThrow();
    YamlNode node =
        root.get("q")
            .or(() -> root.get("m").map(m -> ((YamlMapping) m).get("q").orElseThrow()))
            .or(() -> root.get("l").map(ScalarSourceMapTest::firstItemQuery))
            .orElseThrow();
    return node instanceof YamlScalar scalar ? scalar : (YamlScalar) root.get("z").orElse(null);
  }

  private static YamlNode firstItemQuery(YamlNode list) {
    YamlNode item = ((YamlSequence) list).items().get(0);
    return item instanceof YamlMapping m ? m.get("q").orElseThrow() : item;
  }
}
