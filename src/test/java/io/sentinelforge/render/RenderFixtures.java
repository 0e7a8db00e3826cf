package io.sentinelforge.render;

import java.util.List;

/** Hand-made view models for tests that do not go through the content loader. */
final class RenderFixtures {

  private RenderFixtures() {}

  /** A Scheduled rule whose every text field is {@code text}. */
  static AnalyticRuleView scheduledRule(String text) {
    String q = JsonText.literal(text);
    return new AnalyticRuleView(
        StableGuid.of("analytic-rule", "test"),
        JsonText.quote("2025-09-01"),
        JsonText.quote("Scheduled"),
        JsonText.quote("1.0.0.0"),
        q,
        q,
        JsonText.quote("High"),
        true,
        q,
        true,
        JsonText.quote("PT1H"),
        JsonText.quote("P1D"),
        JsonText.quote("GreaterThan"),
        0,
        JsonText.quote("PT1H"),
        false,
        List.of(JsonText.quote("Discovery")),
        List.of(JsonText.quote("T1087")),
        List.of(JsonText.quote("T1087.004")),
        List.of(
            new EntityMappingView(
                JsonText.quote("Account"),
                List.of(EntityMappingView.FieldMapping.of("AadUserId", text)))),
        List.of(NameValue.of("Detail", text)),
        new AlertDetailsOverrideView(
            List.of(NameValue.of("alertDisplayNameFormat", text)),
            List.of(NameValue.of("ProductName", text))),
        JsonText.quote("AlertPerResult"),
        IncidentConfigurationView.defaults());
  }
}
