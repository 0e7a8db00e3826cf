package io.sentinelforge.render;

/**
 * Project-wide rendering choices, from the project config.
 *
 * @param securityInsightsApiVersion Microsoft.SecurityInsights resources (rules, automation rules)
 * @param savedSearchesApiVersion Microsoft.OperationalInsights/workspaces/savedSearches
 * @param workbooksApiVersion Microsoft.Insights/workbooks
 * @param logicAppsApiVersion Microsoft.Logic/workflows
 * @param connectionsApiVersion Microsoft.Web/connections
 * @param rulesEnabled whether deployed analytics rules start enabled
 */
public record RenderSettings(
    String securityInsightsApiVersion,
    String savedSearchesApiVersion,
    String workbooksApiVersion,
    String logicAppsApiVersion,
    String connectionsApiVersion,
    boolean rulesEnabled) {

  /** The defaults of DESIGN.md ("Rendering"). */
  public static RenderSettings defaults() {
    return new RenderSettings(
        "2025-09-01", "2020-08-01", "2022-04-01", "2017-07-01", "2016-06-01", true);
  }
}
