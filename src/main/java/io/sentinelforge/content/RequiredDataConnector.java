package io.sentinelforge.content;

import java.util.List;

/** A {@code requiredDataConnectors} entry: a connector id and the data types it provides. */
public record RequiredDataConnector(String connectorId, List<String> dataTypes) {

  /** Copies the list. */
  public RequiredDataConnector {
    dataTypes = List.copyOf(dataTypes);
  }
}
