package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of the activity plugins ({@code sliding_window_counts}, {@code
 * activity_counts_metrics}): per combination of dimension values, in first-seen order, the (time,
 * id) of each row that has both.
 */
final class TimelineGroups {

  /** One row: its timeline ticks and its ID cell. */
  record Appearance(long time, Object id) {}

  private TimelineGroups() {}

  static Map<List<Object>, List<Appearance>> of(
      String plugin,
      Table input,
      List<Expression> arguments,
      int firstDimension,
      Environment environment) {
    Column ids = environment.column(input, arguments.get(0));
    Column timeline = environment.column(input, arguments.get(1));
    if (timeline.type() != KqlType.DATETIME) {
      throw new EvaluationException(plugin + ": the timeline column must be a datetime");
    }
    List<Column> dimensions = new ArrayList<>();
    for (Expression dimension : arguments.subList(firstDimension, arguments.size())) {
      dimensions.add(environment.column(input, dimension));
    }
    Map<List<Object>, List<Appearance>> groups = new LinkedHashMap<>();
    for (int row = 0; row < input.rowCount(); row++) {
      if (ids.isNull(row) || timeline.isNull(row)) {
        continue;
      }
      List<Object> key = new ArrayList<>();
      for (Column dimension : dimensions) {
        key.add(dimension.get(row));
      }
      groups
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Appearance(((Number) timeline.get(row)).longValue(), ids.get(row)));
    }
    return groups;
  }
}
