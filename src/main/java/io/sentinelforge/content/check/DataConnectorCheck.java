package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.Suggestions;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import java.util.List;

/**
 * Rules 3 and 21: each data connector lists its data types, and its id is a known connector. The
 * known list is incomplete (new connectors appear upstream all the time), so an unknown id is a
 * warning; a project adds its own ids under {@code validation.connectorIds}.
 */
public final class DataConnectorCheck implements FileCheck {

  private final List<String> extraIds;

  /** A check that also accepts {@code extraIds}. */
  public DataConnectorCheck(List<String> extraIds) {
    this.extraIds = List.copyOf(extraIds);
  }

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (!target.hasItem()) {
      return;
    }
    for (YamlNode item : target.items("requiredDataConnectors")) {
      if (item instanceof YamlMapping connector) {
        checkConnector(connector, findings);
      }
    }
  }

  private void checkConnector(YamlMapping connector, Findings findings) {
    YamlNode dataTypes = connector.get("dataTypes").orElse(null);
    boolean hasTypes = dataTypes instanceof YamlSequence list && !list.items().isEmpty();
    if (!hasTypes && !(dataTypes instanceof YamlScalar scalar && !scalar.isNull())) {
      findings.error(
          ContentCodes.CONNECTOR_DATA_TYPES,
          "data connector needs a non-empty 'dataTypes' list",
          dataTypes != null ? dataTypes.span() : connector.span());
    }
    connector
        .get("connectorId")
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(id -> !id.isNull() && !ConnectorCatalogue.known(id.value(), extraIds))
        .ifPresent(
            id ->
                findings.warning(
                    ContentCodes.CONNECTOR_ID,
                    "connectorId '"
                        + id.value()
                        + "' is not a known data connector"
                        + Suggestions.closest(id.value(), ConnectorCatalogue.ids())
                            .map(s -> "; did you mean '" + s + "'?")
                            .orElse("")
                        + " (add custom ids under validation.connectorIds)",
                    id.span()));
  }
}
