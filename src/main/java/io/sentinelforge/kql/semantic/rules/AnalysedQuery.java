package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.kql.semantic.SemanticModel;
import io.sentinelforge.kql.syntax.Query;

/**
 * A rule's query after binding: its text, syntax tree, semantic model, and the map from query
 * offsets to the YAML file.
 *
 * @param text the query text
 * @param query the syntax tree
 * @param model what the binder learnt
 * @param sourceMap query offsets to file positions
 */
public record AnalysedQuery(String text, Query query, SemanticModel model, SourceMap sourceMap) {}
