package io.sentinelforge.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Rule fixtures for tests. */
public final class Rules {

  private Rules() {}

  /** A scheduled rule over a 1h window, {@code gt threshold}, with an Account and an IP entity. */
  public static RuleUnderTest scheduled(AggregationKind aggregation, int threshold) {
    return new RuleUnderTest(
        "rules/sign-ins.yaml",
        "Suspicious sign-in",
        "A suspicious sign-in.",
        RuleKind.SCHEDULED,
        "SigninLogs | where ResultType == '0'",
        Duration.ofHours(1),
        TriggerOperator.GREATER_THAN,
        threshold,
        aggregation,
        "Medium",
        List.of("InitialAccess"),
        List.of(
            new EntityMappingSpec(
                "Account", ordered("AadUserId", "UserId", "FullName", "UserPrincipalName")),
            new EntityMappingSpec("IP", Map.of("Address", "IPAddress"))),
        Map.of("Application", "AppDisplayName"),
        new AlertDetailsOverrideSpec(
            "Sign-in by {{UserPrincipalName}} from {{IPAddress}}",
            "{{UserPrincipalName}} signed in to {{ AppDisplayName }} ({{Missing}}).",
            "RiskLevel",
            null));
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The same rule with another kind. */
  public static RuleUnderTest withKind(RuleUnderTest rule, RuleKind kind) {
    return new RuleUnderTest(
        rule.file(),
        rule.name(),
        rule.description(),
        kind,
        rule.query(),
        kind == RuleKind.SCHEDULED ? rule.queryPeriod() : null,
        kind == RuleKind.SCHEDULED ? rule.triggerOperator() : null,
        rule.triggerThreshold(),
        rule.aggregation(),
        rule.severity(),
        rule.tactics(),
        rule.entityMappings(),
        rule.customDetails(),
        rule.alertDetailsOverride());
  }
}
