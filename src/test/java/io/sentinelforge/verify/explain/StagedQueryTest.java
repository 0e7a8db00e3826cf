package io.sentinelforge.verify.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StagedQueryTest {

  @Test
  void cutsTheLastStatementAtTopLevelPipes() {
    String query =
        "let Ranges = externaldata(IPRange: string) [@\"https://x/a|b.csv\"] with (format=\"csv\");\n"
            + "let V4 = toscalar(Ranges | summarize make_set(IPRange));\n"
            + "SigninLogs\n"
            + "| where UserAgent has 'a|b' // pipe | in a comment\n"
            + "| extend X = iff(A, (T | count), 0)\n"
            + "| where Y matches regex @'x|y'\n";
    StagedQuery staged = StagedQuery.of(query);
    assertEquals(4, staged.stages().size());
    assertEquals(
        "let Ranges = externaldata(IPRange: string) [@\"https://x/a|b.csv\"] with (format=\"csv\");\n"
            + "let V4 = toscalar(Ranges | summarize make_set(IPRange));",
        staged.statements());
    assertEquals("SigninLogs", staged.label(0));
    assertEquals("| where UserAgent has 'a|b' // pipe | in a comment", staged.label(1));
    assertEquals(
        staged.statements() + "\nSigninLogs\n| where UserAgent has 'a|b' // pipe | in a comment\n",
        staged.prefix(2));
    assertEquals(query, staged.prefix(4));
  }

  @Test
  void handlesTrailingSemicolonsVerbatimQuotesAndMultiLineStrings() {
    StagedQuery staged =
        StagedQuery.of("T | where A == @'it''s|x' | where B == ```a|\nb``` | take 1;\n");
    assertEquals(
        List.of("T ", " where A == @'it''s|x' ", " where B == ```a|\nb``` ", " take 1"),
        staged.stages());
    assertEquals("", staged.statements());
  }

  @Test
  void shortensLongLabels() {
    StagedQuery staged = StagedQuery.of("T | where " + "x".repeat(100));
    assertEquals(70, staged.label(1).length());
  }
}
