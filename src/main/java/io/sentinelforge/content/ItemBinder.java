package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** Builds content records from a parsed YAML tree, leniently (see {@link YamlValues}). */
final class ItemBinder {

  private ItemBinder() {}

  static AnalyticRule analyticRule(ContentSource source) {
    YamlMapping root = source.root();
    return new AnalyticRule(
        YamlValues.text(root, "id"),
        YamlValues.text(root, "name"),
        YamlValues.text(root, "description"),
        YamlValues.text(root, "severity"),
        RuleKind.parse(YamlValues.text(root, "kind")).orElse(null),
        connectors(root),
        YamlValues.text(root, "queryFrequency"),
        YamlValues.text(root, "queryPeriod"),
        YamlValues.text(root, "triggerOperator"),
        YamlValues.integer(root, "triggerThreshold"),
        YamlValues.texts(root, "tactics"),
        YamlValues.texts(root, "relevantTechniques"),
        query(root),
        entityMappings(root),
        YamlValues.textMap(root, "customDetails"),
        YamlValues.mapping(root, "alertDetailsOverride").map(ItemBinder::override).orElse(null),
        YamlValues.mapping(root, "eventGroupingSettings")
            .map(m -> new EventGroupingSettings(YamlValues.text(m, "aggregationKind")))
            .orElse(null),
        YamlValues.text(root, "version"),
        YamlValues.text(root, "status"),
        YamlValues.texts(root, "tags"),
        source);
  }

  static HuntingQuery huntingQuery(ContentSource source) {
    YamlMapping root = source.root();
    return new HuntingQuery(
        YamlValues.text(root, "id"),
        YamlValues.text(root, "name"),
        YamlValues.text(root, "description"),
        YamlValues.text(root, "description-detailed"),
        connectors(root),
        YamlValues.texts(root, "tactics"),
        YamlValues.texts(root, "relevantTechniques"),
        query(root),
        entityMappings(root),
        YamlValues.textMap(root, "customDetails"),
        YamlValues.text(root, "version"),
        YamlValues.texts(root, "tags"),
        source);
  }

  private static QueryText query(YamlMapping root) {
    return YamlValues.scalar(root, "query")
        .map(s -> new QueryText(s.value(), s.valueMap(), s.span()))
        .orElse(null);
  }

  private static List<RequiredDataConnector> connectors(YamlMapping root) {
    List<RequiredDataConnector> result = new ArrayList<>();
    for (YamlNode item : YamlValues.items(root, "requiredDataConnectors")) {
      if (item instanceof YamlMapping connector) {
        result.add(
            new RequiredDataConnector(
                YamlValues.text(connector, "connectorId"),
                YamlValues.texts(connector, "dataTypes")));
      }
    }
    return result;
  }

  private static List<EntityMapping> entityMappings(YamlMapping root) {
    List<EntityMapping> result = new ArrayList<>();
    for (YamlNode item : YamlValues.items(root, "entityMappings")) {
      if (item instanceof YamlMapping entity) {
        List<FieldMapping> fields = new ArrayList<>();
        for (YamlNode field : YamlValues.items(entity, "fieldMappings")) {
          if (field instanceof YamlMapping fieldMapping) {
            fields.add(
                new FieldMapping(
                    YamlValues.text(fieldMapping, "identifier"),
                    YamlValues.text(fieldMapping, "columnName")));
          }
        }
        result.add(new EntityMapping(YamlValues.text(entity, "entityType"), fields));
      }
    }
    return result;
  }

  private static AlertDetailsOverride override(YamlMapping map) {
    List<AlertDynamicProperty> properties = new ArrayList<>();
    for (YamlNode item : YamlValues.items(map, "alertDynamicProperties")) {
      if (item instanceof YamlMapping property) {
        properties.add(
            new AlertDynamicProperty(
                YamlValues.text(property, "alertProperty"), YamlValues.text(property, "value")));
      }
    }
    return new AlertDetailsOverride(
        YamlValues.text(map, "alertDisplayNameFormat"),
        YamlValues.text(map, "alertDescriptionFormat"),
        YamlValues.text(map, "alertTacticsColumnName"),
        YamlValues.text(map, "alertSeverityColumnName"),
        properties);
  }
}
