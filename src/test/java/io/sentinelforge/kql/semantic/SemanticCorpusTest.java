package io.sentinelforge.kql.semantic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The agreement figures on the semantic corpora (printed to the test output; {@code
 * SemanticCorpusMeasurement.main} prints them on the console): false alarms on clean queries and
 * seeded errors caught at the seeded edit.
 */
class SemanticCorpusTest {

  @Test
  void cleanQueriesRarelyGetAnError() throws IOException {
    Path clean = SharedData.require("corpus/semantic/clean.dev.jsonl");
    int total = (int) Files.lines(clean).count();
    Map<String, String> alarms =
        SemanticCorpusMeasurement.falseAlarms(clean, SchemaCatalog.builtIn());
    long semanticOnly =
        alarms.values().stream().filter(message -> !message.startsWith("KQL0")).count();
    System.out.printf(
        "clean: %d of %d queries get an error (%.2f%%); %d of them semantic (%.2f%%), the rest syntax%n",
        alarms.size(),
        total,
        100.0 * alarms.size() / total,
        semanticOnly,
        100.0 * semanticOnly / total);
    assertTrue(semanticOnly * 100 <= total, "semantic false alarms: " + alarms);
  }

  @Test
  void seededErrorsAreCaughtAtTheEdit() throws IOException {
    Path seeded = SharedData.require("corpus/semantic/seeded.dev.jsonl");
    Map<String, SemanticCorpusMeasurement.Tally> tallies =
        SemanticCorpusMeasurement.seeded(seeded, SchemaCatalog.builtIn(), new TreeMap<>());
    SemanticCorpusMeasurement.Tally all = new SemanticCorpusMeasurement.Tally();
    tallies.forEach(
        (kind, tally) -> {
          System.out.println("seeded " + kind + ": " + tally);
          all.total += tally.total;
          all.hit += tally.hit;
          all.rightCode += tally.rightCode;
        });
    System.out.println("seeded all: " + all);
    assertTrue(all.hit * 100 >= all.total * 95, "caught: " + all);
  }
}
