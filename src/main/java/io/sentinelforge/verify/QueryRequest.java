package io.sentinelforge.verify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A query to run over sample tables at a simulated time.
 *
 * @param query the KQL text
 * @param tables the rows visible to the query, by table name
 * @param now the value of {@code now()} (and the base of {@code ago()})
 * @param externalData fixtures by {@code externaldata} URL
 * @param watchlists rows by watchlist alias, for {@code _GetWatchlist('alias')}
 */
public record QueryRequest(
    String query,
    Map<String, List<InputRow>> tables,
    Instant now,
    Map<String, ExternalData> externalData,
    Map<String, List<InputRow>> watchlists) {

  /** Copies the maps. */
  public QueryRequest {
    tables = Map.copyOf(tables);
    externalData = Map.copyOf(externalData);
    watchlists = Map.copyOf(watchlists);
  }

  /** The same request with another query text (used to explain stage by stage). */
  public QueryRequest withQuery(String otherQuery) {
    return new QueryRequest(otherQuery, tables, now, externalData, watchlists);
  }
}
