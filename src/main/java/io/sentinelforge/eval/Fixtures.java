package io.sentinelforge.eval;

import java.nio.file.Path;
import java.util.Map;

/**
 * Local stand-ins for a workspace's external inputs: watchlist files by alias ({@code
 * _GetWatchlist('alias')}, CSV or JSON Lines, types inferred) and {@code externaldata} URLs mapped
 * to local files (typed by the query's declared columns).
 */
public record Fixtures(Map<String, Path> watchlists, Map<String, Path> externalData) {

  /** Copies the maps. */
  public Fixtures {
    watchlists = Map.copyOf(watchlists);
    externalData = Map.copyOf(externalData);
  }

  /** No watchlists and no external data. */
  public static Fixtures none() {
    return new Fixtures(Map.of(), Map.of());
  }
}
