package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;

/**
 * A local file that stands in for an {@code externaldata} URL in a test case.
 *
 * @param url the URL exactly as the query writes it
 * @param fileName the file as written in the test file
 * @param text the file's content
 * @param span where the mapping is written
 */
public record ExternalDataFile(String url, String fileName, String text, SourceSpan span) {}
