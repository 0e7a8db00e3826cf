package io.sentinelforge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static JsonNode sarif(io.sentinelforge.verify.TestRun run) throws Exception {
    String text = SarifReport.of(run, "0.1.0");
    JsonNode log = new ObjectMapper().readTree(text);
    Set<ValidationMessage> problems = schema.validate(log);
    assertTrue(problems.isEmpty(), problems + "\n" + text);
    return log;
  }

  @Test
  void validatesAgainstTheSarifSchemaAndLocatesFailuresAtTheCaseLine() throws Exception {
    JsonNode log = sarif(RuleTestRuns.mixed());
    assertEquals("2.1.0", log.get("version").asText());
    JsonNode results = log.at("/runs/0/results");
    assertEquals(5, results.size());
    JsonNode failed = results.get(0);
    assertEquals("TST100", failed.get("ruleId").asText());
    assertEquals("error", failed.get("level").asText());
    assertEquals(20, failed.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(
        "content/rules/azure%20hound%20%26%20%3Cco%3E.tests.yaml",
        failed.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("note", results.get(1).get("level").asText());
    assertEquals("TST101", results.get(1).get("ruleId").asText());
    assertEquals("TST102", results.get(2).get("ruleId").asText());
    assertEquals("TST002", results.get(3).get("ruleId").asText());
    assertEquals("warning", results.get(4).get("level").asText());
    List<String> rules = log.at("/runs/0/tool/driver/rules").findValuesAsText("id");
    assertEquals(List.of("TST002", "TST020", "TST100", "TST101", "TST102"), rules);
  }

  @Test
  void anEmptyRunIsValidToo() throws Exception {
    JsonNode log = sarif(new io.sentinelforge.verify.TestRun(List.of(), List.of(), List.of()));
    assertEquals(0, log.at("/runs/0/results").size());
  }

  @Test
  void theSchemaRejectsABrokenLog() throws Exception {
    JsonNode broken = new ObjectMapper().readTree("{\"version\": \"2.0.0\", \"runs\": [{}]}");
    assertFalse(schema.validate(broken).isEmpty());
  }
}
