package io.sentinelforge.content;

import java.util.List;
import java.util.Map;

/**
 * A piece of Sentinel content that carries a KQL query. Optional text fields are null when the file
 * lacks them; lists and maps are empty instead of null.
 */
public sealed interface ContentItem permits AnalyticRule, HuntingQuery {

  /** The template GUID ({@code id}). */
  String id();

  /** The display name ({@code name}). */
  String name();

  /** {@code description} as YAML reads it. */
  String description();

  /** {@code requiredDataConnectors}. */
  List<RequiredDataConnector> requiredDataConnectors();

  /** {@code tactics}. */
  List<String> tactics();

  /** {@code relevantTechniques}. */
  List<String> relevantTechniques();

  /** The query and its source map, or null when the file has no string {@code query}. */
  QueryText query();

  /** {@code entityMappings}. */
  List<EntityMapping> entityMappings();

  /** {@code customDetails}, in file order. */
  Map<String, String> customDetails();

  /** {@code version}, or null. */
  String version();

  /** {@code tags} (strings only). */
  List<String> tags();

  /** The file it was loaded from. */
  ContentSource source();
}
