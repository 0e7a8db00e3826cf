package io.sentinelforge.diag;

/**
 * Maps offsets inside an embedded text (a KQL query in a YAML block scalar, a workbook item) to a
 * span of the file that contains it, so diagnostics point at the user's file.
 */
@FunctionalInterface
public interface SourceMap {

  /** Maps {@code [start, end)} of the embedded text to the containing file. */
  SourceSpan map(int start, int end);

  /** A map for a text that is a whole file of its own. */
  static SourceMap identity(String file, String text) {
    LineIndex index = LineIndex.of(text);
    return (start, end) -> index.span(file, start, end);
  }
}
