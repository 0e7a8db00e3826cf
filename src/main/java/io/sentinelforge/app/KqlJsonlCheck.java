package io.sentinelforge.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.diag.LineIndex;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine interface of {@code kql check --jsonl}: reads lines {@code {"id","query"}} and writes
 * one line {@code {"id","ok","diagnostics":[...]}} per input line, in input order. A bad line gives
 * a line with a KQL000 diagnostic and never stops the run.
 */
public final class KqlJsonlCheck {

  /** Lines parsed together; parsing runs in parallel inside a batch, output keeps input order. */
  private static final int BATCH = 256;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private final KqlCheckService service;

  /** A checker using the given service. */
  public KqlJsonlCheck(KqlCheckService service) {
    this.service = service;
  }

  /** Processes every line of {@code in}; returns the number of queries with errors. */
  public int run(BufferedReader in, Writer out) throws IOException {
    int failed = 0;
    List<String> batch = new ArrayList<>(BATCH);
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      batch.add(line);
      if (batch.size() == BATCH) {
        failed += flush(batch, out);
      }
    }
    failed += flush(batch, out);
    out.flush();
    return failed;
  }

  private int flush(List<String> batch, Writer out) throws IOException {
    List<Checked> results = batch.parallelStream().map(this::checkLine).toList();
    int failed = 0;
    for (Checked result : results) {
      out.write(result.json());
      out.write('\n');
      failed += result.ok() ? 0 : 1;
    }
    batch.clear();
    return failed;
  }

  private record Checked(String json, boolean ok) {}

  private Checked checkLine(String line) {
    JsonNode id = null;
    String query;
    try {
      JsonNode node = JSON.readTree(line);
      id = node == null ? null : node.get("id");
      JsonNode queryNode = node == null ? null : node.get("query");
      if (queryNode == null || !queryNode.isTextual()) {
        return inputProblem(id, "the input line has no string \"query\" field");
      }
      query = queryNode.asText();
    } catch (IOException notJson) {
      return inputProblem(null, "the input line is not a JSON object");
    }
    return result(id, query, service.checkQuery(query));
  }

  private static Checked inputProblem(JsonNode id, String message) {
    return write(id, List.of(new Problem("KQL000", "error", message, 0, 0, 1, 1)));
  }

  private static Checked result(JsonNode id, String query, List<KqlDiagnostic> diagnostics) {
    List<Problem> problems = new ArrayList<>(diagnostics.size());
    LineIndex lines = diagnostics.isEmpty() ? null : LineIndex.of(query);
    for (KqlDiagnostic diagnostic : diagnostics) {
      int start = diagnostic.span().start();
      problems.add(
          new Problem(
              diagnostic.code(),
              diagnostic.severity().label(),
              diagnostic.message(),
              start,
              diagnostic.span().end(),
              lines.line(start),
              lines.column(start)));
    }
    return write(id, problems);
  }

  private record Problem(
      String code, String severity, String message, int start, int end, int line, int column) {}

  private static Checked write(JsonNode id, List<Problem> problems) {
    StringWriter text = new StringWriter(64);
    boolean ok = problems.stream().noneMatch(p -> p.severity().equals("error"));
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeFieldName("id");
      if (id == null) {
        json.writeNull();
      } else {
        JSON.writeTree(json, id);
      }
      json.writeBooleanField("ok", ok);
      json.writeArrayFieldStart("diagnostics");
      for (Problem problem : problems) {
        json.writeStartObject();
        json.writeStringField("code", problem.code());
        json.writeStringField("severity", problem.severity());
        json.writeStringField("message", problem.message());
        json.writeNumberField("start", problem.start());
        json.writeNumberField("end", problem.end());
        json.writeNumberField("line", problem.line());
        json.writeNumberField("column", problem.column());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return new Checked(text.toString(), ok);
  }
}
