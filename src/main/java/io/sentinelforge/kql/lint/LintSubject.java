package io.sentinelforge.kql.lint;

import io.sentinelforge.kql.syntax.Query;

/**
 * What a lint rule looks at.
 *
 * @param query the parsed query
 * @param text the query text (spans index into it)
 * @param scheduledRule true for the query of a Scheduled analytics rule
 */
public record LintSubject(Query query, String text, boolean scheduledRule) {}
