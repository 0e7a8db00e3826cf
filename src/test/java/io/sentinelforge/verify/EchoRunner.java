package io.sentinelforge.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A fake engine for tests: returns the visible rows of one table that pass a Java filter, as if the
 * query were {@code Table | where filter}. It records the last request it got.
 */
public final class EchoRunner implements QueryRunner {

  private final String table;
  private final Predicate<Map<String, Object>> filter;
  volatile QueryRequest lastRequest;

  public EchoRunner(String table, Predicate<Map<String, Object>> filter) {
    this.table = table;
    this.filter = filter;
  }

  public EchoRunner(String table) {
    this(table, row -> true);
  }

  public QueryRequest lastRequest() {
    return lastRequest;
  }

  public Instant lastNow() {
    return lastRequest.now();
  }

  @Override
  public QueryOutcome run(QueryRequest request) {
    lastRequest = request;
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (InputRow row : request.tables().getOrDefault(table, List.of())) {
      if (filter.test(row.values())) {
        rows.add(row.values());
        columns.addAll(row.values().keySet());
      }
    }
    return new QueryOutcome.Rows(new ArrayList<>(columns), rows);
  }
}
