package io.sentinelforge.content;

/**
 * A KQL query inside a workbook or playbook, with the map back to its YAML file.
 *
 * @param where a readable path to it, e.g. {@code items[2].query}
 * @param query the text as written and its source map
 */
public record EmbeddedQuery(String where, QueryText query) {}
