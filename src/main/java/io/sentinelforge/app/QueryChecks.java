package io.sentinelforge.app;

import java.util.List;

/**
 * The query checks {@code validate} runs on every query. Engineers of the KQL stages add their
 * check here (one line each).
 */
public final class QueryChecks {

  private QueryChecks() {}

  /** The standard query checks, in the order they run. */
  public static List<QueryCheck> standard() {
    return List.of(new SyntaxQueryCheck(), new SemanticQueryCheck());
  }
}
