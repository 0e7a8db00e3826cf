package io.sentinelforge.render;

/**
 * One rendered output file, held in memory until every file has been checked.
 *
 * @param path path relative to the output folder, with {@code /} separators
 * @param text the file's full text (UTF-8 when written)
 * @param source the content file it was rendered from, for diagnostics
 */
public record RenderedFile(String path, String text, String source) {}
