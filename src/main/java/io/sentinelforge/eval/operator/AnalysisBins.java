package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.function.ScalarFunction;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import java.util.List;
import java.util.Locale;

/**
 * The analysis steps of the cohort plugins: fixed steps of a timespan counted from the analysis
 * start, or calendar weeks, months or years ({@code startofweek} etc.) when given as a string.
 */
final class AnalysisBins {

  private final long start;
  private final long step;
  private final ScalarFunction calendar;
  private final Environment environment;

  private AnalysisBins(long start, long step, ScalarFunction calendar, Environment environment) {
    this.start = start;
    this.step = step;
    this.calendar = calendar;
    this.environment = environment;
  }

  static AnalysisBins of(long start, Expression bin, Environment environment) {
    Value value = PluginArguments.constant(bin, environment);
    if (value instanceof TimespanValue span && span.ticks() > 0) {
      return new AnalysisBins(start, span.ticks(), null, environment);
    }
    if (value instanceof StringValue text) {
      String unit = text.value().toLowerCase(Locale.ROOT);
      if (unit.equals("week") || unit.equals("month") || unit.equals("year")) {
        ScalarFunction startOf =
            environment
                .context()
                .registry()
                .scalar("startof" + unit)
                .orElseThrow(() -> new EvaluationException("startof" + unit + " is missing"));
        return new AnalysisBins(start, 0, startOf, environment);
      }
    }
    throw ActiveUsersCountPlugin.unsupported("Bin " + value.toKqlString());
  }

  /** The start of the step that holds {@code ticks}. */
  long startOf(long ticks) {
    if (calendar == null) {
      return start + Math.floorDiv(ticks - start, step) * step;
    }
    Value first =
        calendar.invoke(environment.context().functions(), List.of(new DateTimeValue(ticks)));
    return ((DateTimeValue) first).ticks();
  }
}
