package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One case of a rule test file.
 *
 * @param name the case name (unique in its file)
 * @param at the simulated end of the run window, or null for the project default
 * @param period for hunting queries: the time range the query is run over, or null for none
 * @param data rows per table
 * @param watchlists rows per watchlist alias ({@code _GetWatchlist('alias')})
 * @param externalData local files per {@code externaldata} URL
 * @param span where the case starts
 */
public record TestCase(
    String name,
    Instant at,
    Duration period,
    List<SampleData> data,
    List<SampleData> watchlists,
    List<ExternalDataFile> externalData,
    Expectations expect,
    SourceSpan span) {

  /** Copies the lists. */
  public TestCase {
    data = List.copyOf(data);
    watchlists = List.copyOf(watchlists);
    externalData = List.copyOf(externalData);
  }
}
