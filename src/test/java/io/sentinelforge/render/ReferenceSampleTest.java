package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule properties we render for Microsoft's CoreBackupDeletionwithSecurityAlert equal, field by
 * field, those of Microsoft's own packaged template, apart from the documented differences.
 */
class ReferenceSampleTest {

  /** AlertRuleTemplate-only fields; the alertRules API has no such properties. */
  private static final Set<String> TEMPLATE_ONLY = Set.of("status", "requiredDataConnectors");

  /** Microsoft ships templates disabled; our deployable rules follow the project config. */
  private static final String ENABLED = "enabled";

  /** Ours spells out the ARM default (sentinel-formats.md §7 item 7). */
  private static final Set<String> OURS_ONLY = Set.of("incidentConfiguration");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void coreBackupDeletionMatchesMicrosoftsTemplate() throws Exception {
    Path samples = SharedData.require("reference/samples/analytics-rule");
    AnalyticRule rule =
        new ContentLoader()
            .load(samples.resolve("CoreBackupDeletionwithSecurityAlert.yaml"))
            .analyticRule()
            .orElseThrow();
    RenderResult result =
        new ArmRenderer(TemplateEngine.create(null))
            .render(
                List.of(
                    new RenderJob(
                        "analytic-rule.ftl",
                        Map.of("rule", AnalyticRuleViews.of(rule, RenderSettings.defaults())),
                        "rule.json",
                        "rule.yaml")));
    assertEquals(List.of(), result.diagnostics());
    JsonNode ours = JSON.readTree(result.files().get(0).text()).at("/resources/0/properties");
    JsonNode reference =
        JSON.readTree(
                samples
                    .resolve("CoreBackupDeletionwithSecurityAlert.mainTemplate-excerpt.json")
                    .toFile())
            .at("/resources/0/properties/mainTemplate/resources/0/properties");

    List<String> compared = new ArrayList<>();
    reference
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!TEMPLATE_ONLY.contains(field) && !field.equals(ENABLED)) {
                assertEquals(reference.get(field), ours.get(field), field);
                compared.add(field);
              }
            });
    assertEquals(13, compared.size(), compared::toString);
    assertTrue(ours.get(ENABLED).asBoolean());
    ours.fieldNames()
        .forEachRemaining(
            field ->
                assertTrue(
                    reference.has(field) || OURS_ONLY.contains(field), "unexpected " + field));
  }
}
