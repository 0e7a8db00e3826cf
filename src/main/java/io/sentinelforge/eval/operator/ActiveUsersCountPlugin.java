package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
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
    Column ids = environment.column(input, arguments.get(0));
    Column timeline = environment.column(input, arguments.get(1));
    if (timeline.type() != KqlType.DATETIME) {
      throw new EvaluationException(PLUGIN + ": the timeline column must be a datetime");
    }
    long start = ticks(arguments.get(2), KqlType.DATETIME, "Start", environment);
    long end = ticks(arguments.get(3), KqlType.DATETIME, "End", environment);
    ActivityWindow window =
        new ActivityWindow(
            ticks(arguments.get(4), KqlType.TIMESPAN, "LookbackWindow", environment),
            ticks(arguments.get(5), KqlType.TIMESPAN, "Period", environment),
            PluginArguments.count(PLUGIN, "ActivePeriodsCount", arguments.get(6), environment));
    AnalysisBins bins = AnalysisBins.of(start, arguments.get(7), environment);
    List<Expression> dimensionArguments = arguments.subList(8, arguments.size());
    List<Column> dimensions = new ArrayList<>();
    for (Expression dimension : dimensionArguments) {
      dimensions.add(environment.column(input, dimension));
    }
    Map<List<Object>, List<Long>> appearances = new LinkedHashMap<>();
    for (int row = 0; row < input.rowCount(); row++) {
      if (ids.isNull(row) || timeline.isNull(row)) {
        continue;
      }
      List<Object> key = new ArrayList<>();
      for (Column dimension : dimensions) {
        key.add(dimension.get(row));
      }
      key.add(ids.get(row));
      appearances
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(((Number) timeline.get(row)).longValue());
    }
    // bin start → dimension values → active IDs
    TreeMap<Long, Map<List<Object>, Set<Object>>> active = new TreeMap<>();
    for (Map.Entry<List<Object>, List<Long>> entry : appearances.entrySet()) {
      List<Object> key = entry.getKey();
      Object id = key.get(key.size() - 1);
      List<Object> dimensionValues = key.subList(0, key.size() - 1);
      for (long time : window.activeAppearances(entry.getValue(), start, end)) {
        active
            .computeIfAbsent(bins.startOf(time), b -> new LinkedHashMap<>())
            .computeIfAbsent(dimensionValues, d -> new HashSet<>())
            .add(id);
      }
    }
    return output(input, arguments, dimensions, active);
  }

  private static Table output(
      Table input,
      List<Expression> arguments,
      List<Column> dimensions,
      TreeMap<Long, Map<List<Object>, Set<Object>>> active) {
    List<String> names = new ArrayList<>();
    names.add(ProjectStage.nameOf(arguments.get(1)));
    List<ColumnBuilder> builders = new ArrayList<>();
    builders.add(new ColumnBuilder(KqlType.DATETIME, active.size()));
    for (int d = 0; d < dimensions.size(); d++) {
      names.add(ProjectStage.nameOf(arguments.get(8 + d)));
      builders.add(new ColumnBuilder(dimensions.get(d).type(), active.size()));
    }
    // The example output names the count column "dcount" (the schema table says dcount_values).
    names.add("dcount");
    ColumnBuilder counts = new ColumnBuilder(KqlType.LONG, active.size());
    int rows = 0;
    for (Map.Entry<Long, Map<List<Object>, Set<Object>>> bin : active.entrySet()) {
      for (Map.Entry<List<Object>, Set<Object>> group : bin.getValue().entrySet()) {
        builders.get(0).appendLong(bin.getKey());
        for (int d = 0; d < dimensions.size(); d++) {
          builders.get(d + 1).append(group.getKey().get(d));
        }
        counts.appendLong(group.getValue().size());
        rows++;
      }
    }
    List<Column> columns = new ArrayList<>();
    for (ColumnBuilder builder : builders) {
      columns.add(builder.build());
    }
    columns.add(counts.build());
    return new Table(names, columns, rows);
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
