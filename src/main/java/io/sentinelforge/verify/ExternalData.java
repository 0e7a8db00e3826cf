package io.sentinelforge.verify;

/**
 * The local stand-in for one {@code externaldata} URL.
 *
 * @param fileName the fixture's file name as written in the test (its extension names the format)
 * @param text the fixture's content
 */
public record ExternalData(String fileName, String text) {}
