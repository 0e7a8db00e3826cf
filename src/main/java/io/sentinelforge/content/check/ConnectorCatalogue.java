package io.sentinelforge.content.check;

import java.util.List;
import java.util.Set;

/** Known data connector ids (the repository's list plus current ones seen in upstream rules). */
public final class ConnectorCatalogue {

  private static final Set<String> IDS = Set.copyOf(ResourceLines.read("connector-ids.txt"));

  private ConnectorCatalogue() {}

  /** All known ids. */
  public static Set<String> ids() {
    return IDS;
  }

  /** True when the id is known, or listed in {@code extra} (the project config). */
  public static boolean known(String id, List<String> extra) {
    return IDS.contains(id) || extra.contains(id);
  }
}
