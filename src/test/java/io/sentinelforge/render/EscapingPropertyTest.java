package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary strings in every text field of a rule: the output parses as JSON, passes the ARM
 * post-check, and each value comes back exactly once ARM has read it.
 */
class EscapingPropertyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArmRenderer renderer = new ArmRenderer(TemplateEngine.create(null));

  @Property(tries = 300)
  void everyTextFieldRoundTrips(@ForAll("nastyStrings") String text) throws Exception {
    RenderResult result =
        renderer.render(
            List.of(
                new RenderJob(
                    "analytic-rule.ftl",
                    Map.of("rule", RenderFixtures.scheduledRule(text)),
                    "rule.json",
                    "rule.yaml")));
    assertEquals(List.of(), result.diagnostics());
    JsonNode properties = JSON.readTree(result.files().get(0).text()).at("/resources/0/properties");
    for (String pointer :
        List.of(
            "/displayName",
            "/description",
            "/query",
            "/customDetails/Detail",
            "/entityMappings/0/fieldMappings/0/columnName",
            "/alertDetailsOverride/alertDisplayNameFormat",
            "/alertDetailsOverride/alertDynamicProperties/0/value")) {
      String written = properties.at(pointer).textValue();
      assertFalse(JsonText.isArmExpression(written), pointer + " would be an ARM expression");
      assertEquals(text, JsonText.armUnescape(written), pointer);
    }
  }

  @Provide
  Arbitrary<String> nastyStrings() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> tricky =
        Arbitraries.strings()
            .withChars(
                '[', ']', '"', '\\', '\n', '\r', '\t', '\u0000', '\u2028', '\'', '$', '{', '}')
            .withCharRange('a', 'c')
            .withChars('é', '中', '\uD83D', '\uDE00')
            .ofMinLength(1)
            .ofMaxLength(20);
    Arbitrary<String> bracketed = tricky.map(s -> "[" + s + "]");
    Arbitrary<String> doubled = tricky.map(s -> "[[" + s + "]");
    // empty names and queries are rejected by validation before rendering
    return Arbitraries.oneOf(any, tricky, bracketed, doubled);
  }
}
