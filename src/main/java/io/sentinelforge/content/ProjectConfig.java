package io.sentinelforge.content;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The project config {@code content/sentinel-forge.yaml}: ARM API versions, rule-test defaults and
 * validation settings. Every part is optional; absent parts take the defaults below.
 *
 * @param apiVersions API version per resource family: {@code securityInsights}, {@code workbooks},
 *     {@code logicApps}, {@code connections}
 * @param tests rule-test defaults
 * @param validation suppressions and extra connector ids
 * @param file the config file, or null when the defaults are used
 */
public record ProjectConfig(
    Map<String, String> apiVersions, Tests tests, Validation validation, Path file) {

  /** Default API versions (DESIGN.md). */
  public static final Map<String, String> DEFAULT_API_VERSIONS =
      Map.of(
          "securityInsights", "2025-09-01",
          "workbooks", "2022-04-01",
          "logicApps", "2017-07-01",
          "connections", "2016-06-01",
          "savedSearches", "2020-08-01");

  /**
   * Rule-test defaults.
   *
   * @param at simulated run time for cases without {@code at}, or null
   * @param minCases minimum number of test cases each rule should have (0: no minimum)
   */
  public record Tests(Instant at, int minCases) {}

  /**
   * Validation settings.
   *
   * @param disable codes switched off for the whole project
   * @param connectorIds data connector ids accepted besides the built-in list
   */
  public record Validation(List<String> disable, List<String> connectorIds) {

    /** Copies the lists. */
    public Validation {
      disable = List.copyOf(disable);
      connectorIds = List.copyOf(connectorIds);
    }
  }

  /** Copies the map. */
  public ProjectConfig {
    apiVersions = Map.copyOf(apiVersions);
  }

  /** The config used when there is no file. */
  public static ProjectConfig defaults() {
    return new ProjectConfig(
        DEFAULT_API_VERSIONS, new Tests(null, 0), new Validation(List.of(), List.of()), null);
  }

  /** The API version for a family, e.g. {@code apiVersion("securityInsights")}. */
  public String apiVersion(String family) {
    return apiVersions.getOrDefault(family, DEFAULT_API_VERSIONS.get(family));
  }
}
