package io.sentinelforge.content;

import java.util.List;
import java.util.Map;

/** A hunting query (Azure-Sentinel {@code Hunting Queries/*.yaml}); null for absent text fields. */
public record HuntingQuery(
    String id,
    String name,
    String description,
    String descriptionDetailed,
    List<RequiredDataConnector> requiredDataConnectors,
    List<String> tactics,
    List<String> relevantTechniques,
    QueryText query,
    List<EntityMapping> entityMappings,
    Map<String, String> customDetails,
    String version,
    List<String> tags,
    ContentSource source)
    implements ContentItem {

  /** Copies lists and maps. */
  public HuntingQuery {
    requiredDataConnectors = List.copyOf(requiredDataConnectors);
    tactics = List.copyOf(tactics);
    relevantTechniques = List.copyOf(relevantTechniques);
    entityMappings = List.copyOf(entityMappings);
    customDetails = Collections2.orderedCopy(customDetails);
    tags = List.copyOf(tags);
  }
}
