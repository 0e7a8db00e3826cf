package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.BetweenExpression;
import io.sentinelforge.kql.syntax.BinaryExpression;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.LetStatement;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.Query;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the time filters of a query: comparisons and {@code between} on {@code TimeGenerated},
 * {@code Timestamp} or {@code ingestion_time()}, with the {@code ago(...)} lookback resolved
 * through timespan literals and {@code let} constants.
 */
public final class TimeFilters {

  private static final Set<String> TIME_COLUMNS =
      Set.of("TimeGenerated", "Timestamp", "_TimeReceived");
  private static final Set<String> ORDERING = Set.of(">", ">=", "<", "<=");

  private TimeFilters() {}

  /** Every time filter in the query, in source order. */
  public static List<TimeFilter> find(Query query) {
    Map<String, Duration> constants = new HashMap<>();
    List<TimeFilter> filters = new ArrayList<>();
    SyntaxWalk.visit(
        query,
        node -> {
          if (node instanceof LetStatement) {
            LetStatement let = (LetStatement) node;
            Timespans.of(let.value(), constants)
                .ifPresent(value -> constants.put(let.name(), value));
          } else if (node instanceof BinaryExpression) {
            BinaryExpression binary = (BinaryExpression) node;
            if (ORDERING.contains(binary.operator())) {
              if (isTimeColumn(binary.left())) {
                filters.add(new TimeFilter(binary.span(), agoOf(binary.right(), constants)));
              } else if (isTimeColumn(binary.right())) {
                filters.add(new TimeFilter(binary.span(), agoOf(binary.left(), constants)));
              }
            }
          } else if (node instanceof BetweenExpression) {
            BetweenExpression between = (BetweenExpression) node;
            if (isTimeColumn(between.left()) && !between.negated()) {
              filters.add(new TimeFilter(between.span(), agoOf(between.low(), constants)));
            }
          }
        });
    return filters;
  }

  private static boolean isTimeColumn(Expression expression) {
    Expression inner = unwrap(expression);
    if (inner instanceof NameReference) {
      return TIME_COLUMNS.contains(((NameReference) inner).name());
    }
    return inner instanceof FunctionCall && ((FunctionCall) inner).name().equals("ingestion_time");
  }

  private static Optional<Duration> agoOf(Expression expression, Map<String, Duration> constants) {
    Expression inner = unwrap(expression);
    if (inner instanceof FunctionCall) {
      FunctionCall call = (FunctionCall) inner;
      if (call.name().equals("ago") && call.arguments().size() == 1) {
        return Timespans.of(call.arguments().get(0), constants);
      }
    }
    return Optional.empty();
  }

  private static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof ParenthesizedExpression) {
      current = ((ParenthesizedExpression) current).expression();
    }
    return current;
  }

  static boolean isTimespanLiteral(Expression expression) {
    return expression instanceof Literal && ((Literal) expression).kind() == LiteralKind.TIMESPAN;
  }
}
