package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads constant timespans: literals such as {@code 14d}, {@code 1.5h}, {@code timespan(2d)}, or
 * names of such constants.
 */
public final class Timespans {

  private Timespans() {}

  /** The duration of a constant timespan expression. */
  public static Optional<Duration> of(Expression expression, Map<String, Duration> constants) {
    if (expression instanceof ParenthesizedExpression) {
      return of(((ParenthesizedExpression) expression).expression(), constants);
    }
    if (expression instanceof NameReference) {
      return Optional.ofNullable(constants.get(((NameReference) expression).name()));
    }
    if (expression instanceof Literal && ((Literal) expression).kind() == LiteralKind.TIMESPAN) {
      return parse(((Literal) expression).text());
    }
    return Optional.empty();
  }

  /**
   * Parses KQL timespan literal text ({@code 7d}, {@code 30m}, {@code timespan(1h)}, {@code 1.5d}).
   */
  public static Optional<Duration> parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    int open = value.indexOf('(');
    if (open >= 0 && value.endsWith(")")) {
      value = value.substring(open + 1, value.length() - 1).trim();
    }
    String[][] units = {
      {"microseconds", "0.000001"},
      {"milliseconds", "0.001"},
      {"seconds", "1"},
      {"minutes", "60"},
      {"hours", "3600"},
      {"days", "86400"},
      {"microsecond", "0.000001"},
      {"millisecond", "0.001"},
      {"second", "1"},
      {"minute", "60"},
      {"hour", "3600"},
      {"day", "86400"},
      {"ms", "0.001"},
      {"d", "86400"},
      {"h", "3600"},
      {"m", "60"},
      {"s", "1"}
    };
    for (String[] unit : units) {
      if (value.endsWith(unit[0])) {
        String number = value.substring(0, value.length() - unit[0].length()).trim();
        try {
          BigDecimal seconds = new BigDecimal(number).multiply(new BigDecimal(unit[1]));
          return Optional.of(
              Duration.ofMillis(seconds.multiply(BigDecimal.valueOf(1000)).longValue()));
        } catch (NumberFormatException | ArithmeticException notANumber) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
