package io.sentinelforge.kql.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** No input makes the parser throw, hang or overflow the stack. */
class KqlParserPropertiesTest {

  private static final List<String> SEEDS =
      List.of(
          "SecurityEvent | where EventID == 4625 | summarize count() by Account, bin(TimeGenerated, 1h)",
          "let x = dynamic(['a', \"b\"]); T | where Name in~ (x) and Path !contains @'c:\\\\'",
          "T | join kind=leftouter (U | project a, b = tostring(c.d[0])) on $left.a == $right.b",
          "datatable(a:string)['x'] | mv-apply e = a to typeof(string) on (take 1)",
          "T | parse Msg with * 'id=' Id:long ' ' Rest | extend t = datetime(2024-01-01) + 1d");

  /** Checks the contract of one result: ok with a tree, or exactly one error inside the text. */
  static void assertWellFormed(String text, ParseResult result) {
    if (result.ok()) {
      assertTrue(result.diagnostics().isEmpty());
      return;
    }
    assertEquals(1, result.diagnostics().size());
    KqlDiagnostic diagnostic = result.diagnostics().get(0);
    assertTrue(diagnostic.code().matches("KQL0\\d\\d"), diagnostic::code);
    assertTrue(diagnostic.span().end() <= text.length(), diagnostic::toString);
    assertFalse(diagnostic.message().isBlank());
  }

  @Property(tries = 400)
  void randomTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
    assertWellFormed(text, KqlParser.parse(text));
  }

  @Property(tries = 400)
  void randomKqlLikeTextNeverThrows(@ForAll("kqlLike") String text) {
    assertWellFormed(text, KqlParser.parse(text));
  }

  @Provide
  Arbitrary<String> kqlLike() {
    Arbitrary<String> token =
        Arbitraries.of(
            "T",
            "|",
            "where",
            "x",
            "==",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ",",
            ";",
            "let",
            "=",
            "\"s",
            "\"",
            "'",
            "1d",
            "and",
            "summarize",
            "by",
            "count()",
            "join",
            "on",
            "dynamic(",
            "in",
            "!has",
            ".",
            "..",
            "between",
            "*",
            "\n",
            "//c\n",
            "@'",
            "```",
            "datetime(",
            "mv-apply",
            "parse",
            "with",
            ":",
            "$left",
            "-",
            "0x",
            "\u00e9",
            "\ud83d\ude00",
            "\ud83d");
    return token.list().ofMaxSize(60).map(tokens -> String.join(" ", tokens));
  }

  @Property(tries = 300)
  void everyOneEditMutationOfAValidQueryNeverThrows(
      @ForAll @IntRange(min = 0, max = 4) int seed,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll @IntRange(min = 0, max = 5) int length,
      @ForAll @StringLength(max = 3) String inserted) {
    String query = SEEDS.get(seed);
    int start = position % (query.length() + 1);
    int end = Math.min(query.length(), start + length);
    String mutated = query.substring(0, start) + inserted + query.substring(end);
    assertWellFormed(mutated, KqlParser.parse(mutated));
  }

  @Property(tries = 30)
  void deepNestingIsADiagnosticNotAStackOverflow(
      @ForAll @IntRange(min = 1, max = 200_000) int depth) {
    String text = "print " + "(".repeat(depth) + "1" + ")".repeat(depth);
    ParseResult result = KqlParser.parse(text);
    assertWellFormed(text, result);
    if (depth > TokenChecks.MAX_BRACKET_DEPTH) {
      assertEquals(SyntaxCodes.TOO_DEEP, result.diagnostics().get(0).code());
    }
  }

  @Test
  void deepPrefixAndUnclosedNestingAreHandled() {
    for (String text :
        List.of(
            "(".repeat(100_000),
            "T | where " + "not(".repeat(50_000),
            "print x = " + "-".repeat(100_000) + "1",
            "print " + "dynamic([".repeat(10_000))) {
      assertWellFormed(text, KqlParser.parse(text));
    }
  }

  @Test
  void oneMegabyteQueriesAreHandled() {
    StringBuilder values = new StringBuilder("datatable(a:long, b:string)[");
    while (values.length() < 1_000_000) {
      values.append("1, 'x',\n");
    }
    String datatable = values.append("2, 'y']").toString();
    assertTrue(KqlParser.parse(datatable).ok());
    String longChain = "T | where " + "a or ".repeat(200_000) + "b";
    assertWellFormed(longChain, KqlParser.parse(longChain));
    String manyPipes = "T" + "\n| where x == 1".repeat(70_000);
    assertWellFormed(manyPipes, KqlParser.parse(manyPipes));
    String unterminated = "T | where x == \"" + "a".repeat(1_000_000);
    assertEquals(
        SyntaxCodes.UNTERMINATED_STRING, KqlParser.parse(unterminated).diagnostics().get(0).code());
  }

  @Test
  void randomBytesAsTextAreHandled() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertWellFormed(text, KqlParser.parse(text));
    }
  }

  @Test
  void everyCorpusMutantIsHandled() throws IOException {
    Path mutants = SharedData.require("corpus/kql/mutants.dev.jsonl");
    for (CorpusAgreement.Labelled item : CorpusAgreement.read(mutants)) {
      assertWellFormed(item.query(), KqlParser.parse(item.query()));
    }
    assertTrue(Files.size(mutants) > 0);
  }
}
