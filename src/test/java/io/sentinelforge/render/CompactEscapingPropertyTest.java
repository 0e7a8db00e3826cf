package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.content.AutomationAction;
import io.sentinelforge.content.AutomationCondition;
import io.sentinelforge.content.AutomationRule;
import io.sentinelforge.content.Playbook;
import io.sentinelforge.content.PlaybookTrigger;
import io.sentinelforge.content.Workbook;
import io.sentinelforge.content.WorkbookItem;
import io.sentinelforge.content.WorkbookParameter;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary titles, markdown and descriptions in workbooks and automation rules: the output stays
 * valid JSON that passes the ARM post-check, and every text reads back exactly (after ARM's
 * unescape for ARM strings; verbatim inside serializedData, which ARM does not evaluate).
 */
class CompactEscapingPropertyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArmRenderer renderer = new ArmRenderer(TemplateEngine.create(null));

  @Property(tries = 200)
  void workbookTextsRoundTrip(@ForAll("texts") String text) throws Exception {
    Workbook workbook =
        new Workbook(
            "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b",
            text,
            text,
            List.of(new WorkbookParameter("P", text, "text", text, null, List.of(), false, false)),
            List.of(
                new WorkbookItem.Markdown(text, null),
                new WorkbookItem.Group(
                    text,
                    List.of(
                        new WorkbookItem.Markdown(text, new WorkbookItem.Visibility("P", text))),
                    null)),
            List.of(),
            null);
    JsonNode properties =
        render("workbook.ftl", "workbook", WorkbookView.of(workbook, RenderSettings.defaults()))
            .at("/resources/0/properties");
    assertEquals(text, JsonText.armUnescape(properties.get("displayName").textValue()));
    assertEquals(text, JsonText.armUnescape(properties.get("description").textValue()));
    JsonNode data = JSON.readTree(properties.get("serializedData").textValue());
    assertEquals(text, data.at("/items/0/content/parameters/0/label").textValue());
    assertEquals(text, data.at("/items/0/content/parameters/0/value").textValue());
    assertEquals(text, data.at("/items/1/content/json").textValue());
    assertEquals(text, data.at("/items/2/content/title").textValue());
    assertEquals(text, data.at("/items/2/content/items/0/content/json").textValue());
    assertEquals(text, data.at("/items/2/content/items/0/conditionalVisibility/value").textValue());
  }

  @Property(tries = 200)
  void automationRuleTextsRoundTrip(@ForAll("texts") String text) throws Exception {
    AutomationRule rule =
        new AutomationRule(
            "4c5d6e7f-8091-4a2b-b4c5-d6e7f8091a2b",
            text,
            1,
            true,
            "Incidents",
            "Created",
            null,
            List.of(new AutomationCondition("IncidentTitle", "StartsWith", List.of(text))),
            List.of(
                new AutomationAction.ModifyIncident(
                    "Closed",
                    "BenignPositive",
                    "SuspiciousButExpected",
                    text,
                    null,
                    null,
                    List.of(text))),
            null);
    JsonNode properties =
        render(
                "automation-rule.ftl",
                "rule",
                AutomationRuleViews.of(rule, RenderSettings.defaults()))
            .at("/resources/0/properties");
    assertEquals(text, JsonText.armUnescape(properties.get("displayName").textValue()));
    assertEquals(
        text,
        JsonText.armUnescape(
            properties
                .at("/triggeringLogic/conditions/0/conditionProperties/propertyValues/0")
                .textValue()));
    JsonNode configuration = properties.at("/actions/0/actionConfiguration");
    assertEquals(
        text, JsonText.armUnescape(configuration.get("classificationComment").textValue()));
    assertEquals(text, JsonText.armUnescape(configuration.at("/labels/0/labelName").textValue()));
  }

  @Property(tries = 100)
  void playbookDescriptionAndActionTextsRoundTrip(@ForAll("texts") String text) throws Exception {
    var span = io.sentinelforge.diag.SourceSpan.at("p.yaml", 1, 1);
    var value =
        new io.sentinelforge.content.yaml.YamlScalar(
            text,
            io.sentinelforge.content.yaml.ScalarStyle.DOUBLE_QUOTED,
            io.sentinelforge.content.yaml.ScalarType.STRING,
            span,
            (start, end) -> span);
    var key =
        new io.sentinelforge.content.yaml.YamlScalar(
            "Compose",
            io.sentinelforge.content.yaml.ScalarStyle.PLAIN,
            io.sentinelforge.content.yaml.ScalarType.STRING,
            span,
            (start, end) -> span);
    var actions =
        new io.sentinelforge.content.yaml.YamlMapping(
            List.of(new io.sentinelforge.content.yaml.YamlEntry(key, value)), span);
    Playbook playbook =
        new Playbook(
            "6e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            "P",
            text,
            true,
            new PlaybookTrigger("recurrence", "Hour", 1),
            List.of(),
            List.of(),
            Map.of(),
            actions,
            List.of(),
            null);
    JsonNode template =
        render("playbook.ftl", "playbook", PlaybookViews.of(playbook, RenderSettings.defaults()));
    assertEquals(text, JsonText.armUnescape(template.at("/metadata/description").textValue()));
    assertEquals(
        text,
        JsonText.armUnescape(
            template.at("/resources/0/properties/definition/actions/Compose").textValue()));
  }

  private JsonNode render(String template, String name, Object view) throws Exception {
    RenderResult result =
        renderer.render(List.of(new RenderJob(template, Map.of(name, view), "x.json", "x.yaml")));
    assertEquals(List.of(), result.diagnostics());
    return JSON.readTree(result.files().get(0).text());
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> tricky =
        Arbitraries.strings()
            .withChars(
                '[', ']', '"', '\\', '\n', '\r', '\t', '\u0000', '\u2028', '\'', '{', '}', '@')
            .withCharRange('a', 'c')
            .withChars('é', '中', '\uD83D', '\uDE00')
            .ofMinLength(1)
            .ofMaxLength(20);
    return Arbitraries.oneOf(
        any, tricky, tricky.map(s -> "[" + s + "]"), tricky.map(s -> "[[" + s + "]"));
  }
}
