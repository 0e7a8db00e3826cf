package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.content.AlertDetailsOverride;
import io.sentinelforge.content.AlertDynamicProperty;
import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ContentSource;
import io.sentinelforge.content.EntityMapping;
import io.sentinelforge.content.FieldMapping;
import io.sentinelforge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KQL110–KQL112: every entity-mapping column, custom-detail column, {@code {{Column}}} placeholder
 * and alert-details column exists in the query's output, reported at the YAML line that names it.
 */
public final class MetadataColumnChecks {

  private MetadataColumnChecks() {}

  /** The missing-column errors of one rule or hunting query. */
  public static List<Diagnostic> check(ContentItem item, AnalysedQuery query) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    OutputColumns output = new OutputColumns(query.model().resultSchema(), diagnostics);
    ContentSource source = item.source();
    List<EntityMapping> mappings = item.entityMappings();
    for (int i = 0; i < mappings.size(); i++) {
      List<FieldMapping> fields = mappings.get(i).fieldMappings();
      for (int j = 0; j < fields.size(); j++) {
        String path = "entityMappings[" + i + "].fieldMappings[" + j + "].columnName";
        output.require(
            fields.get(j).columnName(),
            RuleCodes.ENTITY_COLUMN,
            "entity mapping " + mappings.get(i).entityType() + "." + fields.get(j).identifier(),
            source.span(path));
      }
    }
    for (Map.Entry<String, String> detail : item.customDetails().entrySet()) {
      output.require(
          detail.getValue(),
          RuleCodes.CUSTOM_DETAIL_COLUMN,
          "custom detail '" + detail.getKey() + "'",
          source.span("customDetails." + detail.getKey()));
    }
    if (item instanceof AnalyticRule && ((AnalyticRule) item).alertDetailsOverride() != null) {
      alertDetails(((AnalyticRule) item).alertDetailsOverride(), source, output);
    }
    return diagnostics;
  }

  private static void alertDetails(
      AlertDetailsOverride override, ContentSource source, OutputColumns output) {
    String base = "alertDetailsOverride.";
    for (String placeholder : Placeholders.columns(override.alertDisplayNameFormat())) {
      output.require(
          placeholder,
          RuleCodes.ALERT_DETAILS_COLUMN,
          "alertDisplayNameFormat placeholder",
          source.span(base + "alertDisplayNameFormat"));
    }
    for (String placeholder : Placeholders.columns(override.alertDescriptionFormat())) {
      output.require(
          placeholder,
          RuleCodes.ALERT_DETAILS_COLUMN,
          "alertDescriptionFormat placeholder",
          source.span(base + "alertDescriptionFormat"));
    }
    output.require(
        override.alertSeverityColumnName(),
        RuleCodes.ALERT_DETAILS_COLUMN,
        "alertSeverityColumnName",
        source.span(base + "alertSeverityColumnName"));
    output.require(
        override.alertTacticsColumnName(),
        RuleCodes.ALERT_DETAILS_COLUMN,
        "alertTacticsColumnName",
        source.span(base + "alertTacticsColumnName"));
    List<AlertDynamicProperty> properties = override.alertDynamicProperties();
    for (int i = 0; i < properties.size(); i++) {
      output.require(
          properties.get(i).value(),
          RuleCodes.ALERT_DETAILS_COLUMN,
          "alert dynamic property " + properties.get(i).alertProperty(),
          source.span(base + "alertDynamicProperties[" + i + "].value"));
    }
  }
}
