package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentItem;
import io.sentinelforge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** All checks that tie a rule's or hunting query's metadata to its bound query. */
public final class RuleQueryChecks {

  private RuleQueryChecks() {}

  /** Runs every rule-level check on one item. */
  public static List<Diagnostic> check(ContentItem item, AnalysedQuery query) {
    List<Diagnostic> diagnostics = new ArrayList<>(MetadataColumnChecks.check(item, query));
    if (item instanceof AnalyticRule) {
      AnalyticRule rule = (AnalyticRule) item;
      diagnostics.addAll(QueryPeriodCheck.check(rule, query));
      diagnostics.addAll(NrtRestrictions.check(rule, query));
    }
    diagnostics.addAll(DataTypesCheck.check(item, query));
    return diagnostics;
  }
}
