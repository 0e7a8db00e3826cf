package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate activity_counts_metrics(Id, Timeline, Start, End, Step [, dims…])}: per window
 * (steps of Step from Start up to End) and dimension combination, over the rows in [Start, End]:
 * {@code count} (rows), {@code dcount} (IDs), {@code new_dcount} (IDs not seen in an earlier
 * window) and {@code aggregated_dcount} (IDs seen up to this window). A window without rows is
 * unsupported (the reference does not say whether it is a zero row or no row).
 */
final class ActivityCountsMetricsPlugin {

  private static final String PLUGIN = "activity_counts_metrics";

  private ActivityCountsMetricsPlugin() {}

  static Table apply(Table input, List<Expression> arguments, Environment environment) {
    if (arguments.size() < 5) {
      throw new EvaluationException(
          PLUGIN + " takes IdColumn, TimelineColumn, Start, End, Step and optional dimensions");
    }
    long start = SlidingWindowCountsPlugin.datetime(arguments.get(2), "Start", environment);
    long end = SlidingWindowCountsPlugin.datetime(arguments.get(3), "End", environment);
    long step = SlidingWindowCountsPlugin.timespan(arguments.get(4), "Step", environment);
    if (end < start) {
      throw new EvaluationException(PLUGIN + ": End is before Start");
    }
    int last = (int) Math.min(BinTotals.MAX_BINS, Math.floorDiv(end - start, step));
    CohortOutput output =
        new CohortOutput(
            input,
            arguments.get(1),
            arguments.subList(5, arguments.size()),
            List.of("count", "dcount", "new_dcount", "aggregated_dcount"),
            environment);
    for (Map.Entry<List<Object>, List<TimelineGroups.Appearance>> group :
        TimelineGroups.of(PLUGIN, input, arguments, 5, environment).entrySet()) {
      BinTotals windows = new BinTotals(last + 1);
      for (TimelineGroups.Appearance appearance : group.getValue()) {
        if (appearance.time() >= start && appearance.time() <= end) {
          windows.add((int) Math.floorDiv(appearance.time() - start, step), appearance.id());
        }
      }
      addMetrics(output, group.getKey(), windows, start, step);
    }
    return output.table();
  }

  private static void addMetrics(
      CohortOutput output, List<Object> dimensions, BinTotals windows, long start, long step) {
    Set<Object> seen = new HashSet<>();
    for (int w = 0; w < windows.bins(); w++) {
      if (windows.count(w) == 0) {
        throw new UnsupportedFeatureException(
            PLUGIN, PLUGIN + ": a window without rows is not documented");
      }
      int before = seen.size();
      seen.addAll(windows.ids(w));
      output.add(
          start + w * step,
          dimensions,
          windows.count(w),
          windows.ids(w).size(),
          seen.size() - before,
          seen.size());
    }
  }
}
