package io.sentinelforge.content;

import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.diag.SourceSpan;

/**
 * The KQL of a rule or hunting query, exactly as YAML reads it, with a map from offsets in {@code
 * text} to the YAML file, so a KQL diagnostic points at the file's own line and column.
 *
 * @param text the query text
 * @param sourceMap maps {@code [start, end)} of {@code text} to the YAML file
 * @param span the whole {@code query:} value in the file
 */
public record QueryText(String text, SourceMap sourceMap, SourceSpan span) {}
