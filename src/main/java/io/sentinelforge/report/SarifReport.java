package io.sentinelforge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.Severity;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.TestRun;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a rule test run as SARIF 2.1.0: a result per case that did not pass (located at the case's
 * line in its test file) and per diagnostic; the code is the {@code ruleId}.
 */
public final class SarifReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final Map<String, String> CASE_RULES =
      Map.of(
          "TST100", "A rule test case failed: an expectation does not hold.",
          "TST101", "A rule test case could not run: the query uses unsupported KQL.",
          "TST102", "A rule test case could not run: the rule or query failed.");

  private SarifReport() {}

  /** The SARIF log as JSON text; {@code toolVersion} names the sentinel-forge version. */
  public static String of(TestRun run, String toolVersion) {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode sarifRun = log.putArray("runs").addObject();
    Map<String, String> rules = new TreeMap<>();
    ArrayNode results = sarifRun.putArray("results");
    for (CaseResult result : run.results()) {
      if (result.status() != CaseStatus.PASSED) {
        String code = code(result.status());
        rules.put(code, CASE_RULES.get(code));
        addResult(results, code, level(result.status()), message(result), result.span());
      }
    }
    for (Diagnostic diagnostic : run.diagnostics()) {
      rules.putIfAbsent(diagnostic.code(), "Rule test file problem " + diagnostic.code() + ".");
      addResult(
          results,
          diagnostic.code(),
          diagnostic.severity() == io.sentinelforge.diag.Severity.ERROR
              ? "error"
              : diagnostic.severity() == io.sentinelforge.diag.Severity.WARNING
                  ? "warning"
                  : "note",
          diagnostic.message(),
          diagnostic.span());
    }
    tool(sarifRun, toolVersion, rules);
    try {
      return JSON.writeValueAsString(log) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write SARIF", e);
    }
  }

  private static void tool(ObjectNode run, String version, Map<String, String> rules) {
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "sentinel-forge");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/sentinel-forge/sentinel-forge");
    ArrayNode ruleArray = driver.putArray("rules");
    rules.forEach(
        (id, text) -> {
          ObjectNode rule = ruleArray.addObject();
          rule.put("id", id);
          rule.putObject("shortDescription").put("text", text);
        });
    // keep the results after the tool object, as SARIF viewers print them
    run.set("results", run.remove("results"));
  }

  private static void addResult(
      ArrayNode results, String code, String level, String message, SourceSpan span) {
    ObjectNode result = results.addObject();
    result.put("ruleId", code);
    result.put("level", level);
    result.putObject("message").put("text", message);
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", SarifUri.of(span.file()));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, span.line()));
    region.put("startColumn", Math.max(1, span.column()));
  }

  private static String message(CaseResult result) {
    String head = result.ruleFile() + " › " + result.caseName() + ": ";
    if (result.status() == CaseStatus.FAILED) {
      StringBuilder text = new StringBuilder(head);
      result.failures().forEach(failure -> text.append('\n').append(failure.describe()));
      return text.toString();
    }
    return head
        + (result.status() == CaseStatus.UNSUPPORTED ? "unsupported: " : "")
        + result.reason();
  }

  private static String code(CaseStatus status) {
    switch (status) {
      case FAILED:
        return "TST100";
      case UNSUPPORTED:
        return "TST101";
      default:
        return "TST102";
    }
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static String level(CaseStatus status) {
    return status == CaseStatus.UNSUPPORTED ? "note" : "error";
  }
}
