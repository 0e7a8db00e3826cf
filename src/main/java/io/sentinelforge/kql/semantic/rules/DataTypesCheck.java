package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.RequiredDataConnector;
import io.sentinelforge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * KQL140 (warning): a table the query reads is not among the {@code dataTypes} of its {@code
 * requiredDataConnectors}, so Sentinel will not tell users which connector feeds it. Qualifiers
 * such as {@code SecurityAlert (IPC)} are ignored; no connectors listed means no check. Tables that
 * Sentinel writes itself (incidents, health, audit, watchlists) have no connector, so they are
 * never reported.
 */
public final class DataTypesCheck {

  private static final Set<String> WRITTEN_BY_SENTINEL =
      Set.of("SecurityIncident", "SentinelHealth", "SentinelAudit", "Watchlist");

  private DataTypesCheck() {}

  /** The warnings for one rule or hunting query. */
  public static List<Diagnostic> check(ContentItem item, AnalysedQuery query) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (item.requiredDataConnectors().isEmpty()) {
      return diagnostics;
    }
    Set<String> declared = new HashSet<>();
    for (RequiredDataConnector connector : item.requiredDataConnectors()) {
      for (String dataType : connector.dataTypes()) {
        int qualifier = dataType.indexOf('(');
        declared.add((qualifier < 0 ? dataType : dataType.substring(0, qualifier)).trim());
      }
    }
    for (String table : query.model().tablesUsed()) {
      if (!declared.contains(table) && !WRITTEN_BY_SENTINEL.contains(table)) {
        diagnostics.add(
            Diagnostic.warning(
                RuleCodes.TABLE_NOT_IN_DATA_TYPES,
                "the query reads "
                    + table
                    + ", which no requiredDataConnectors entry lists in dataTypes"
                    + " (listed: "
                    + String.join(", ", declared)
                    + ")",
                item.source().span("requiredDataConnectors")));
      }
    }
    return diagnostics;
  }
}
