package io.sentinelforge.kql.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Agreement with Microsoft's parser on the labelled corpora (issue 3's targets). Prints the
 * figures; {@code CorpusAgreement.main} prints them with every disagreement.
 */
class CorpusAgreementTest {

  @Test
  void devCorpusAgreesWithTheOfficialParser() throws IOException {
    CorpusAgreement.Figures figures =
        CorpusAgreement.measure(CorpusAgreement.read(SharedData.require("corpus/kql/dev.jsonl")));
    CorpusAgreement.print("dev.jsonl", figures, System.out);
    assertTrue(figures.acceptedShare() >= 0.995, "valid accepted " + figures.acceptedShare());
    assertTrue(figures.rejectedShare() >= 0.97, "invalid rejected " + figures.rejectedShare());
  }

  @Test
  void mutantsAreRejectedOnTheOfficialLine() throws IOException {
    CorpusAgreement.Figures figures =
        CorpusAgreement.measure(
            CorpusAgreement.read(SharedData.require("corpus/kql/mutants.dev.jsonl")));
    CorpusAgreement.print("mutants.dev.jsonl", figures, System.out);
    assertTrue(figures.rejectedShare() >= 0.97, "rejected " + figures.rejectedShare());
    assertTrue(figures.sameLineShare() >= 0.90, "same line " + figures.sameLineShare());
  }

  @Test
  void acceptedMutantsAreAllAccepted() throws IOException {
    CorpusAgreement.Figures figures =
        CorpusAgreement.measure(
            CorpusAgreement.read(SharedData.require("corpus/kql/mutants-accepted.dev.jsonl")));
    CorpusAgreement.print("mutants-accepted.dev.jsonl", figures, System.out);
    assertEquals(figures.validTotal(), figures.validAccepted(), figures.disagreements()::toString);
  }
}
