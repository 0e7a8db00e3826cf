package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    int last = Math.toIntExact(Math.floorDiv(end - start, bin));
    List<Expression> dimensions = arguments.subList(6, arguments.size());
    CohortOutput output =
        new CohortOutput(
            input, arguments.get(1), dimensions, List.of("Count", "dcount"), environment);
    for (Map.Entry<List<Object>, List<TimelineGroups.Appearance>> group :
        TimelineGroups.of(PLUGIN, input, arguments, 6, environment).entrySet()) {
      long[] counts = new long[last + 1];
      List<Set<Object>> ids = new ArrayList<>();
      for (int b = 0; b <= last; b++) {
        ids.add(new HashSet<>());
      }
      for (TimelineGroups.Appearance appearance : group.getValue()) {
        if (appearance.time() > end) {
          continue;
        }
        long own = Math.floorDiv(appearance.time() - start, bin);
        for (long b = Math.max(0, own); b <= Math.min(last, own + binsPerWindow - 1); b++) {
          counts[(int) b]++;
          ids.get((int) b).add(appearance.id());
        }
      }
      for (int b = 0; b <= last; b++) {
        if (counts[b] == 0) {
          throw new UnsupportedFeatureException(
              PLUGIN, PLUGIN + ": a bin whose window has no rows is not documented");
        }
        output.add(start + b * bin, group.getKey(), counts[b], ids.get(b).size());
      }
    }
    return output.table();
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
