package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluate sliding_window_counts(Id, Timeline, Start, End, LookbackWindow, Bin [, dims…])}:
 * for each bin from Start (steps of Bin) up to End and each dimension combination, the row count
 * and distinct IDs of the rows in the window of the last ⌊LookbackWindow / Bin⌋ bins ending with
 * that bin. A bin whose window has no rows is unsupported (the reference does not say whether it is
 * a zero row or no row).
 */
final class SlidingWindowCountsPlugin {

  static final String PLUGIN = "sliding_window_counts";

  private SlidingWindowCountsPlugin() {}

  static Table apply(Table input, List<Expression> arguments, Environment environment) {
    if (arguments.size() < 6) {
      throw new EvaluationException(
          PLUGIN
              + " takes IdColumn, TimelineColumn, Start, End, LookbackWindow, Bin and optional"
              + " dimension columns");
    }
    long start = datetime(arguments.get(2), "Start", environment);
    long end = datetime(arguments.get(3), "End", environment);
    long lookback = timespan(arguments.get(4), "LookbackWindow", environment);
    long bin = timespan(arguments.get(5), "Bin", environment);
    long binsPerWindow = lookback / bin;
    if (binsPerWindow < 1 || end < start) {
      throw new EvaluationException(PLUGIN + ": LookbackWindow must be at least one Bin");
    }
    int last = (int) Math.min(BinTotals.MAX_BINS, Math.floorDiv(end - start, bin));
    List<Expression> dimensions = arguments.subList(6, arguments.size());
    CohortOutput output =
        new CohortOutput(
            input, arguments.get(1), dimensions, List.of("Count", "dcount"), environment);
    for (Map.Entry<List<Object>, List<TimelineGroups.Appearance>> group :
        TimelineGroups.of(PLUGIN, input, arguments, 6, environment).entrySet()) {
      BinTotals windows = windows(group.getValue(), start, end, bin, binsPerWindow, last);
      for (int b = 0; b <= last; b++) {
        if (windows.count(b) == 0) {
          throw new UnsupportedFeatureException(
              PLUGIN, PLUGIN + ": a bin whose window has no rows is not documented");
        }
        output.add(start + b * bin, group.getKey(), windows.count(b), windows.ids(b).size());
      }
    }
    return output.table();
  }

  /** Each row counted in the windows of its own bin and the next binsPerWindow - 1 bins. */
  private static BinTotals windows(
      List<TimelineGroups.Appearance> appearances,
      long start,
      long end,
      long bin,
      long binsPerWindow,
      int last) {
    BinTotals windows = new BinTotals(last + 1);
    for (TimelineGroups.Appearance appearance : appearances) {
      if (appearance.time() <= end) {
        long own = Math.floorDiv(appearance.time() - start, bin);
        for (long b = Math.max(0, own); b <= Math.min(last, own + binsPerWindow - 1); b++) {
          windows.add((int) b, appearance.id());
        }
      }
    }
    return windows;
  }

  static long datetime(Expression argument, String parameter, Environment environment) {
    Value value = PluginArguments.constant(argument, environment);
    if (value instanceof DateTimeValue time) {
      return time.ticks();
    }
    throw new UnsupportedFeatureException(
        PLUGIN, "activity plugins: " + parameter + " other than a datetime is not supported");
  }

  static long timespan(Expression argument, String parameter, Environment environment) {
    Value value = PluginArguments.constant(argument, environment);
    if (value instanceof TimespanValue span && span.ticks() > 0) {
      return span.ticks();
    }
    throw new UnsupportedFeatureException(
        PLUGIN,
        "activity plugins: " + parameter + " other than a positive timespan is not supported");
  }
}
