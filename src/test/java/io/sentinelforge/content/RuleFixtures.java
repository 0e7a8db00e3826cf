package io.sentinelforge.content;

/** Valid content used as the starting point of tests. */
public final class RuleFixtures {

  /** A valid Scheduled rule; tests edit it to provoke one diagnostic at a time. */
  public static final String SCHEDULED_RULE =
      String.join(
          "\n",
          "id: 0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab",
          "name: Test rule",
          "description: |",
          "  A test rule.",
          "severity: Medium",
          "requiredDataConnectors:",
          "  - connectorId: AzureActiveDirectory",
          "    dataTypes:",
          "      - SigninLogs",
          "queryFrequency: 1h",
          "queryPeriod: 1h",
          "triggerOperator: gt",
          "triggerThreshold: 0",
          "tactics:",
          "  - InitialAccess",
          "relevantTechniques:",
          "  - T1078",
          "query: |",
          "  SigninLogs",
          "  | where TimeGenerated > ago(1h) and ResultType == \"0\"",
          "entityMappings:",
          "  - entityType: Account",
          "    fieldMappings:",
          "      - identifier: AadUserId",
          "        columnName: UserId",
          "customDetails:",
          "  UserAgent: UserAgent",
          "alertDetailsOverride:",
          "  alertDisplayNameFormat: \"Sign-in by {{UserPrincipalName}}\"",
          "eventGroupingSettings:",
          "  aggregationKind: SingleAlert",
          "kind: Scheduled",
          "version: 1.0.0",
          "");

  private RuleFixtures() {}
}
