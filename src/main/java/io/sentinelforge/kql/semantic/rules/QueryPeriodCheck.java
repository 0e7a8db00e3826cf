package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.kql.semantic.TimeFilter;
import io.sentinelforge.kql.semantic.TimeFilters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KQL120 (warning): a Scheduled rule whose time filter looks back further than its queryPeriod.
 * Sentinel passes only the last queryPeriod of data, so the extra lookback silently reads nothing.
 */
public final class QueryPeriodCheck {

  private QueryPeriodCheck() {}

  /** The warnings for one rule. */
  public static List<Diagnostic> check(AnalyticRule rule, AnalysedQuery query) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<Duration> period = rule.queryPeriodDuration();
    if (rule.kind() != RuleKind.SCHEDULED || period.isEmpty()) {
      return diagnostics;
    }
    for (TimeFilter filter : TimeFilters.find(query.query())) {
      if (filter.lookback().isPresent() && filter.lookback().get().compareTo(period.get()) > 0) {
        diagnostics.add(
            Diagnostic.warning(
                RuleCodes.LOOKBACK_BEYOND_PERIOD,
                "the query looks back "
                    + Durations.format(filter.lookback().get())
                    + " but queryPeriod is "
                    + rule.queryPeriod()
                    + "; Sentinel only passes the last "
                    + rule.queryPeriod()
                    + " of data",
                query.sourceMap().map(filter.span().start(), filter.span().end())));
      }
    }
    return diagnostics;
  }
}
