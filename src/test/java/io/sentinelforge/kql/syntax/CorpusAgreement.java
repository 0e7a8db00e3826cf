package io.sentinelforge.kql.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.diag.LineIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how closely our parser agrees with Microsoft's official parser on the labelled corpora
 * in {@code ../shared/corpus/kql}; run {@code main} (or CorpusAgreementTest) to print the figures.
 */
final class CorpusAgreement {

  /** One labelled query. */
  record Labelled(String id, String query, boolean officialOk, int officialLine) {}

  /** Agreement figures for one file. */
  record Figures(
      int validTotal,
      int validAccepted,
      int invalidTotal,
      int invalidRejected,
      int rejectedSameLine,
      List<String> disagreements) {

    double acceptedShare() {
      return validTotal == 0 ? 1 : (double) validAccepted / validTotal;
    }

    double rejectedShare() {
      return invalidTotal == 0 ? 1 : (double) invalidRejected / invalidTotal;
    }

    double sameLineShare() {
      return invalidRejected == 0 ? 1 : (double) rejectedSameLine / invalidRejected;
    }
  }

  private CorpusAgreement() {}

  static List<Labelled> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> result = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      String query = node.path("query").asText();
      int officialLine = -1;
      JsonNode diagnostics = node.path("diagnostics");
      if (diagnostics.size() > 0) {
        officialLine = LineIndex.of(query).line(diagnostics.get(0).path("start").asInt());
      }
      result.add(
          new Labelled(
              node.path("id").asText(), query, node.path("syntaxOk").asBoolean(), officialLine));
    }
    return result;
  }

  static Figures measure(List<Labelled> corpus) {
    int validTotal = 0;
    int validAccepted = 0;
    int invalidTotal = 0;
    int invalidRejected = 0;
    int sameLine = 0;
    List<String> disagreements = new ArrayList<>();
    for (Labelled item : corpus) {
      ParseResult result = KqlParser.parse(item.query());
      if (item.officialOk()) {
        validTotal++;
        if (result.ok()) {
          validAccepted++;
        } else {
          KqlDiagnostic first = result.diagnostics().get(0);
          disagreements.add(
              "REJECTED-VALID "
                  + item.id()
                  + " "
                  + first.code()
                  + " "
                  + LineIndex.of(item.query()).line(first.span().start())
                  + ": "
                  + first.message());
        }
      } else {
        invalidTotal++;
        if (!result.ok()) {
          invalidRejected++;
          int ourLine = LineIndex.of(item.query()).line(result.diagnostics().get(0).span().start());
          if (ourLine == item.officialLine()) {
            sameLine++;
          } else {
            disagreements.add(
                "OTHER-LINE "
                    + item.id()
                    + " ours "
                    + ourLine
                    + " official "
                    + item.officialLine()
                    + ": "
                    + result.diagnostics().get(0).message());
          }
        } else {
          disagreements.add("ACCEPTED-INVALID " + item.id());
        }
      }
    }
    return new Figures(
        validTotal, validAccepted, invalidTotal, invalidRejected, sameLine, disagreements);
  }

  static void print(String name, Figures figures, PrintStream out) {
    out.printf(
        "%-28s valid accepted %d/%d (%.2f%%)  invalid rejected %d/%d (%.2f%%)"
            + "  first error on official line %d/%d (%.2f%%)%n",
        name,
        figures.validAccepted(),
        figures.validTotal(),
        100 * figures.acceptedShare(),
        figures.invalidRejected(),
        figures.invalidTotal(),
        100 * figures.rejectedShare(),
        figures.rejectedSameLine(),
        figures.invalidRejected(),
        100 * figures.sameLineShare());
  }

  /** Prints the figures; {@code -v} also lists every disagreement. */
  public static void main(String[] args) throws IOException {
    Path folder =
        Path.of(args.length > 0 && !args[0].equals("-v") ? args[0] : "../shared/corpus/kql");
    boolean verbose = List.of(args).contains("-v");
    for (String name : List.of("dev.jsonl", "mutants.dev.jsonl", "mutants-accepted.dev.jsonl")) {
      Figures figures = measure(read(folder.resolve(name)));
      print(name, figures, System.out);
      if (verbose) {
        figures.disagreements().forEach(line -> System.out.println("  " + line));
      }
    }
  }
}
