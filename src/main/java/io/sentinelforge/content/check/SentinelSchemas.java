package io.sentinelforge.content.check;

import static io.sentinelforge.content.check.FieldShape.ANY;
import static io.sentinelforge.content.check.FieldShape.BOOLEAN;
import static io.sentinelforge.content.check.FieldShape.INTEGER;
import static io.sentinelforge.content.check.FieldShape.MAPPING;
import static io.sentinelforge.content.check.FieldShape.MAPPING_LIST;
import static io.sentinelforge.content.check.FieldShape.TEXT;
import static io.sentinelforge.content.check.FieldShape.TEXT_LIST;
import static io.sentinelforge.content.check.FieldShape.TEXT_MAP;

import java.util.List;

/** The schemas of analytics rule and hunting query YAML (sentinel-formats.md §1.2, §1.8). */
public final class SentinelSchemas {

  /** Metadata keys that upstream files often put at the top level by an indentation slip. */
  public static final List<String> METADATA_KEYS =
      List.of(
          "source",
          "author",
          "support",
          "categories",
          "threatAnalysisTactics",
          "threatAnalysisTechniques");

  private SentinelSchemas() {}

  /** Keys of an analytics rule. */
  public static FormatSchema analyticRule() {
    FormatSchema schema = common();
    schema
        .field("severity", TEXT)
        .field("kind", TEXT)
        .field("status", TEXT)
        .field("queryFrequency", TEXT)
        .field("queryPeriod", TEXT)
        .field("triggerOperator", TEXT)
        .field("triggerThreshold", INTEGER)
        .field("alertDetailsOverride", MAPPING, alertDetailsOverride())
        .field("eventGroupingSettings", MAPPING, new FormatSchema().field("aggregationKind", TEXT))
        .field("incidentConfiguration", ANY)
        .field("enabled", BOOLEAN)
        .field("suppressionDuration", TEXT)
        .field("suppressionEnabled", BOOLEAN);
    return schema;
  }

  /** Keys of a hunting query. */
  public static FormatSchema huntingQuery() {
    return common().field("description-detailed", TEXT);
  }

  private static FormatSchema common() {
    FormatSchema fieldMapping =
        new FormatSchema().field("identifier", TEXT).field("columnName", TEXT);
    FormatSchema entityMapping =
        new FormatSchema()
            .field("entityType", TEXT)
            .field("fieldMappings", MAPPING_LIST, fieldMapping);
    FormatSchema connector =
        new FormatSchema().field("connectorId", TEXT).field("dataTypes", TEXT_LIST);
    return new FormatSchema()
        .field("id", TEXT)
        .field("name", TEXT)
        .field("description", TEXT)
        .field("requiredDataConnectors", MAPPING_LIST, connector)
        .field("tactics", TEXT_LIST)
        .field("relevantTechniques", TEXT_LIST)
        .field("query", TEXT)
        .field("entityMappings", MAPPING_LIST, entityMapping)
        .field("customDetails", TEXT_MAP)
        .field("version", TEXT)
        .field("tags", ANY)
        .field("metadata", ANY);
  }

  private static FormatSchema alertDetailsOverride() {
    FormatSchema property = new FormatSchema().field("alertProperty", TEXT).field("value", TEXT);
    return new FormatSchema()
        .field("alertDisplayNameFormat", TEXT)
        .field("alertDescriptionFormat", TEXT)
        .field("alertTacticsColumnName", TEXT)
        .field("alertSeverityColumnName", TEXT)
        .field("alertDynamicProperties", MAPPING_LIST, property);
  }
}
