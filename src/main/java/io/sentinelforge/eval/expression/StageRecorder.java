package io.sentinelforge.eval.expression;

import java.util.ArrayList;
import java.util.List;

/** Collects the row count after every pipe stage, in evaluation order, for {@code explain}. */
public final class StageRecorder {

  /** One stage: the operator's name, its source offset in the query, and the rows it produced. */
  public record StageCount(String operator, int offset, long rows) {}

  private final List<StageCount> counts = new ArrayList<>();

  /** Records one stage. */
  public void record(String operator, int offset, long rows) {
    counts.add(new StageCount(operator, offset, rows));
  }

  /** All stages so far. */
  public List<StageCount> counts() {
    return List.copyOf(counts);
  }
}
