package io.sentinelforge.kql.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** parse(print(tree)) equals tree, spans aside, for every corpus query we accept. */
class RoundTripTest {

  @Test
  void everyAcceptedCorpusQueryRoundTrips() throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String file :
        List.of(
            "corpus/kql/dev.jsonl",
            "corpus/kql/mutants.dev.jsonl",
            "corpus/kql/mutants-accepted.dev.jsonl")) {
      for (CorpusAgreement.Labelled item : CorpusAgreement.read(SharedData.require(file))) {
        ParseResult parsed = KqlParser.parse(item.query());
        if (!parsed.ok()) {
          continue;
        }
        checked++;
        String printed = KqlPrinter.print(parsed.query());
        ParseResult reparsed = KqlParser.parse(printed);
        String difference =
            reparsed.ok()
                ? SyntaxTrees.difference(parsed.query(), reparsed.query(), "query")
                : "printed text does not parse: " + reparsed.diagnostics();
        if (difference != null) {
          failures.add(item.id() + ": " + difference);
        }
      }
    }
    System.out.println("round trip: " + checked + " accepted corpus queries checked");
    assertTrue(checked > 1000, "too few accepted queries: " + checked);
    assertTrue(
        failures.isEmpty(),
        () ->
            failures.size()
                + " failures, e.g. "
                + failures.subList(0, Math.min(5, failures.size())));
  }
}
