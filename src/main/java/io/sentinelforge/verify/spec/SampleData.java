package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.util.List;

/**
 * The rows of one table (or watchlist) for a test case, read inline or from a file.
 *
 * @param name table or watchlist name
 * @param rows the rows in order
 * @param span where the data (or its file reference) is written in the test file
 */
public record SampleData(String name, List<SampleRow> rows, SourceSpan span) {

  /** Copies the rows. */
  public SampleData {
    rows = List.copyOf(rows);
  }
}
