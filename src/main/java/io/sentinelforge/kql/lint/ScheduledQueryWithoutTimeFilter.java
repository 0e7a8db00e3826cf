package io.sentinelforge.kql.lint;

import io.sentinelforge.diag.Severity;
import io.sentinelforge.kql.semantic.TimeFilters;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.Span;
import java.util.List;

/**
 * KQL502: a Scheduled rule's query with no filter on {@code TimeGenerated} (or {@code Timestamp},
 * {@code ingestion_time()}); it then relies only on the rule's queryPeriod, which hides the window
 * from anyone reading or reusing the query.
 */
public final class ScheduledQueryWithoutTimeFilter implements LintRule {

  /** This rule's code. */
  public static final String CODE = "KQL502";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<KqlDiagnostic> check(LintSubject subject) {
    if (!subject.scheduledRule() || !TimeFilters.find(subject.query()).isEmpty()) {
      return List.of();
    }
    return List.of(
        new KqlDiagnostic(
            CODE,
            Severity.WARNING,
            "the scheduled query has no time filter (e.g. 'where TimeGenerated > ago(1h)'); state the"
                + " window the rule looks at",
            new Span(0, Math.min(subject.text().length(), 1))));
  }
}
