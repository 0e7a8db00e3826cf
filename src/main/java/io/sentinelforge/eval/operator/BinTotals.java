package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Row counts and distinct IDs per analysis bin 0..n-1 of one dimension combination. */
final class BinTotals {

  private final long[] counts;
  private final List<Set<Object>> ids = new ArrayList<>();

  /**
   * More bins than this is almost surely a too small step; refuse rather than run out of memory.
   */
  static final int MAX_BINS = 1_000_000;

  BinTotals(int bins) {
    if (bins > MAX_BINS) {
      throw new EvaluationException(
          "more than " + MAX_BINS + " analysis bins between Start and End; use a larger step");
    }
    counts = new long[bins];
    for (int b = 0; b < bins; b++) {
      ids.add(new HashSet<>());
    }
  }

  void add(int bin, Object id) {
    counts[bin]++;
    ids.get(bin).add(id);
  }

  int bins() {
    return counts.length;
  }

  long count(int bin) {
    return counts[bin];
  }

  Set<Object> ids(int bin) {
    return ids.get(bin);
  }
}
