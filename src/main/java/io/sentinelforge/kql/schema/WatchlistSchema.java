package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A watchlist the content pack declares, as {@code _GetWatchlist('alias')} returns it.
 *
 * @param alias the watchlist alias passed to {@code _GetWatchlist}
 * @param columns the watchlist's own columns (from its CSV header)
 */
public record WatchlistSchema(String alias, List<Column> columns) {

  /** The columns {@code _GetWatchlist} adds to every watchlist's own columns. */
  public static final List<Column> SYSTEM_COLUMNS =
      List.of(
          new Column("_DTItemId", ScalarType.STRING),
          new Column("LastUpdatedTimeUTC", ScalarType.DATETIME),
          new Column("SearchKey", ScalarType.STRING),
          new Column("WatchlistItem", ScalarType.DYNAMIC));

  /** Copies the column list. */
  public WatchlistSchema {
    columns = List.copyOf(columns);
  }

  /** The row schema of {@code _GetWatchlist(alias)}: system columns, then the watchlist's. */
  public List<Column> resultColumns() {
    List<Column> result = new ArrayList<>(SYSTEM_COLUMNS);
    Set<String> names = new HashSet<>();
    SYSTEM_COLUMNS.forEach(column -> names.add(column.name()));
    for (Column column : columns) {
      if (names.add(column.name())) {
        result.add(column);
      }
    }
    return result;
  }
}
