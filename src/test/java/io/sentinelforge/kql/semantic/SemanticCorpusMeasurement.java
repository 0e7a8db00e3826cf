package io.sentinelforge.kql.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.KqlParser;
import io.sentinelforge.kql.syntax.ParseResult;
import io.sentinelforge.kql.syntax.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the binder on the semantic corpora: the share of clean queries with any semantic error
 * (false alarms) and, per seeded kind, the share whose seeded edit gets an overlapping error, and
 * with the expected code. Run by {@link SemanticCorpusTest}; {@link #main} prints the figures.
 */
final class SemanticCorpusMeasurement {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> EXPECTED_CODE =
      Map.of(
          "column-typo", SemanticCodes.UNKNOWN_COLUMN,
          "removed-by-project", SemanticCodes.UNKNOWN_COLUMN,
          "unknown-table", SemanticCodes.UNKNOWN_TABLE,
          "unknown-function", SemanticCodes.UNKNOWN_FUNCTION,
          "wrong-arity", SemanticCodes.WRONG_ARITY,
          "type-error", "KQL20");

  /** Counts for one group of queries. */
  static final class Tally {
    int total;
    int hit;
    int rightCode;

    double share(int count) {
      return total == 0 ? 0 : 100.0 * count / total;
    }

    @Override
    public String toString() {
      return String.format(
          "%d/%d caught (%.1f%%), right code %d (%.1f%%)",
          hit, total, share(hit), rightCode, share(rightCode));
    }
  }

  private SemanticCorpusMeasurement() {}

  static List<KqlDiagnostic> semanticErrors(String query, SchemaCatalog catalog) {
    ParseResult parsed = KqlParser.parse(query);
    if (!parsed.ok()) {
      return parsed.diagnostics();
    }
    return Binder.bind(parsed.query(), catalog).diagnostics();
  }

  /** Clean queries that get any error, with the first error of each (for inspection). */
  static Map<String, String> falseAlarms(Path clean, SchemaCatalog catalog) throws IOException {
    Map<String, String> alarms = new TreeMap<>();
    try (BufferedReader reader = Files.newBufferedReader(clean)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode record = JSON.readTree(line);
        String query = record.path("query").asText();
        List<KqlDiagnostic> errors = semanticErrors(query, catalog);
        if (!errors.isEmpty()) {
          KqlDiagnostic first = errors.get(0);
          alarms.put(
              record.path("id").asText(),
              first.code() + " " + first.message() + " @" + snippet(query, first.span()));
        }
      }
    }
    return alarms;
  }

  static Map<String, Tally> seeded(Path seeded, SchemaCatalog catalog, Map<String, String> misses)
      throws IOException {
    Map<String, Tally> tallies = new TreeMap<>();
    try (BufferedReader reader = Files.newBufferedReader(seeded)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode record = JSON.readTree(line);
        String kind = record.path("kind").asText();
        int start = record.path("edit").path("start").asInt();
        int end = Math.max(start + 1, record.path("edit").path("end").asInt());
        Tally tally = tallies.computeIfAbsent(kind, k -> new Tally());
        tally.total++;
        boolean hit = false;
        boolean right = false;
        List<KqlDiagnostic> errors = semanticErrors(record.path("query").asText(), catalog);
        for (KqlDiagnostic error : errors) {
          Span span = error.span();
          if (span.start() < end && Math.max(span.end(), span.start() + 1) > start) {
            hit = true;
            right |= error.code().startsWith(EXPECTED_CODE.get(kind));
          }
        }
        tally.hit += hit ? 1 : 0;
        tally.rightCode += right ? 1 : 0;
        if (!hit && misses != null) {
          misses.put(
              record.path("id").asText(),
              errors.isEmpty() ? "no error" : errors.get(0).code() + " " + errors.get(0).message());
        }
      }
    }
    return tallies;
  }

  private static String snippet(String query, Span span) {
    int from = Math.max(0, Math.min(span.start(), query.length()));
    int to = Math.min(query.length(), Math.max(from, span.end()) + 20);
    return query.substring(from, to).replace('\n', ' ');
  }

  /** Prints the figures: {@code args[0]} is the shared folder. */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    SchemaCatalog catalog = SchemaCatalog.builtIn();
    Map<String, String> alarms =
        falseAlarms(shared.resolve("corpus/semantic/clean.dev.jsonl"), catalog);
    alarms.forEach((id, message) -> System.out.println("FALSE ALARM " + id + ": " + message));
    Map<String, String> misses = new TreeMap<>();
    Map<String, Tally> tallies =
        seeded(shared.resolve("corpus/semantic/seeded.dev.jsonl"), catalog, misses);
    if (args.length > 1) {
      misses.forEach((id, message) -> System.out.println("MISS " + id + ": " + message));
    }
    System.out.println("clean queries with a semantic error: " + alarms.size());
    Tally all = new Tally();
    tallies.forEach(
        (kind, tally) -> {
          System.out.println("seeded " + kind + ": " + tally);
          all.total += tally.total;
          all.hit += tally.hit;
          all.rightCode += tally.rightCode;
        });
    System.out.println("seeded all: " + all);
  }
}
