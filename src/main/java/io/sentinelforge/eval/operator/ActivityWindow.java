package io.sentinelforge.eval.operator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The activity test of {@code active_users_count}: an appearance at t is active when the user's
 * appearances in (t - lookback, t] fall into at least {@code activePeriods} distinct periods.
 */
record ActivityWindow(long lookbackTicks, long periodTicks, long activePeriods) {

  /**
   * The times in [start, end] at which the user with these appearance times (any order) is active,
   * ascending.
   */
  List<Long> activeAppearances(List<Long> times, long start, long end) {
    List<Long> sorted = new ArrayList<>(times);
    sorted.sort(null);
    Map<Long, Integer> periodsInWindow = new HashMap<>();
    List<Long> active = new ArrayList<>();
    int entered = 0;
    int left = 0;
    for (int current = 0; current < sorted.size(); current++) {
      long time = sorted.get(current);
      // Every appearance at or before t is inside, including later rows with the same time.
      while (entered < sorted.size() && sorted.get(entered) <= time) {
        periodsInWindow.merge(period(sorted.get(entered)), 1, Integer::sum);
        entered++;
      }
      while (sorted.get(left) <= time - lookbackTicks) {
        periodsInWindow.computeIfPresent(period(sorted.get(left)), (p, n) -> n == 1 ? null : n - 1);
        left++;
      }
      if (time >= start && time <= end && periodsInWindow.size() >= activePeriods) {
        active.add(time);
      }
    }
    return active;
  }

  private long period(long ticks) {
    return Math.floorDiv(ticks, periodTicks);
  }
}
