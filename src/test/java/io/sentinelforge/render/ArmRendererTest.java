package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArmRendererTest {

  private final ArmRenderer renderer = new ArmRenderer(TemplateEngine.create(null));

  @Test
  void rendersARuleThatPassesThePostCheck() {
    RenderResult result =
        renderer.render(
            List.of(
                new RenderJob(
                    "analytic-rule.ftl",
                    Map.of("rule", RenderFixtures.scheduledRule("x")),
                    "a.json",
                    "a.yaml")));
    assertEquals(List.of(), result.diagnostics(), () -> result.files().get(0).text());
    assertTrue(result.files().get(0).text().contains("\"subTechniques\""));
  }

  @Test
  void aMissingModelValueIsADiagnosticNotAnEmptyString() {
    RenderResult result =
        renderer.render(List.of(new RenderJob("analytic-rule.ftl", Map.of(), "a.json", "a.yaml")));
    assertTrue(result.failed());
    assertEquals("RND010", result.diagnostics().get(0).code());
    assertFalse(result.diagnostics().get(0).message().contains("\n"));
  }
}
