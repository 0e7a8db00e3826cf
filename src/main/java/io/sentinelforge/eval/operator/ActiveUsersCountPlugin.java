package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code evaluate active_users_count(IdColumn, TimelineColumn, Start, End, LookbackWindow, Period,
 * ActivePeriodsCount, Bin [, dim1, …])}: per analysis bin (steps of {@code Bin} from {@code Start})
 * and dimension values, the distinct count of IDs with at least one active appearance in [Start,
 * End]. An appearance at t is active when the ID appeared in at least ActivePeriodsCount distinct
 * periods ({@code bin(t', Period)}) in the lookback window (t - LookbackWindow, t]; rows before
 * Start count for the lookback but are not themselves counted.
 */
final class ActiveUsersCountPlugin {

  private static final String PLUGIN = "active_users_count";

  private ActiveUsersCountPlugin() {}

  static Table apply(Table input, List<Expression> arguments, Environment environment) {
    if (arguments.size() < 8) {
      throw new EvaluationException(
          PLUGIN
              + " takes IdColumn, TimelineColumn, Start, End, LookbackWindow, Period,"
              + " ActivePeriodsCount, Bin and optional dimension columns");
    }
    long start = ticks(arguments.get(2), KqlType.DATETIME, "Start", environment);
    long end = ticks(arguments.get(3), KqlType.DATETIME, "End", environment);
    ActivityWindow window =
        new ActivityWindow(
            ticks(arguments.get(4), KqlType.TIMESPAN, "LookbackWindow", environment),
            ticks(arguments.get(5), KqlType.TIMESPAN, "Period", environment),
            PluginArguments.count(PLUGIN, "ActivePeriodsCount", arguments.get(6), environment));
    AnalysisBins bins = AnalysisBins.of(start, arguments.get(7), environment);
    Map<List<Object>, List<TimelineGroups.Appearance>> groups =
        TimelineGroups.of(PLUGIN, input, arguments, 8, environment);
    CohortOutput output =
        new CohortOutput(
            input,
            arguments.get(1),
            arguments.subList(8, arguments.size()),
            List.of("dcount"),
            environment);
    activeIds(groups, window, bins, start, end)
        .forEach(
            (bin, byDimensions) ->
                byDimensions.forEach((dimensions, ids) -> output.add(bin, dimensions, ids.size())));
    return output.table();
  }

  /** Bin start → dimension values → the IDs with an active appearance in that bin. */
  private static TreeMap<Long, Map<List<Object>, Set<Object>>> activeIds(
      Map<List<Object>, List<TimelineGroups.Appearance>> groups,
      ActivityWindow window,
      AnalysisBins bins,
      long start,
      long end) {
    TreeMap<Long, Map<List<Object>, Set<Object>>> active = new TreeMap<>();
    for (Map.Entry<List<Object>, List<TimelineGroups.Appearance>> group : groups.entrySet()) {
      Map<Object, List<Long>> timesById = new LinkedHashMap<>();
      for (TimelineGroups.Appearance appearance : group.getValue()) {
        timesById.computeIfAbsent(appearance.id(), id -> new ArrayList<>()).add(appearance.time());
      }
      timesById.forEach(
          (id, times) -> {
            for (long time : window.activeAppearances(times, start, end)) {
              active
                  .computeIfAbsent(bins.startOf(time), b -> new LinkedHashMap<>())
                  .computeIfAbsent(group.getKey(), d -> new HashSet<>())
                  .add(id);
            }
          });
    }
    return active;
  }

  private static long ticks(
      Expression argument, KqlType type, String parameter, Environment environment) {
    Value value = PluginArguments.constant(argument, environment);
    if (type == KqlType.DATETIME && value instanceof DateTimeValue time) {
      return time.ticks();
    }
    if (type == KqlType.TIMESPAN && value instanceof TimespanValue span && span.ticks() > 0) {
      return span.ticks();
    }
    throw new EvaluationException(
        PLUGIN
            + ": "
            + parameter
            + " must be a "
            + type.kqlName()
            + ", got "
            + value.toKqlString());
  }

  static UnsupportedFeatureException unsupported(String what) {
    return new UnsupportedFeatureException(PLUGIN, PLUGIN + ": " + what + " is not supported");
  }
}
