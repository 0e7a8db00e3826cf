package io.sentinelforge.kql.semantic.rules;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.kql.semantic.SyntaxWalk;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.SearchOperator;
import io.sentinelforge.kql.syntax.UnionOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * KQL130: what near-real-time rules cannot do. NRT rules run every minute over newly ingested rows
 * of the tables they name, so cross-resource queries ({@code workspace()}, {@code app()}, {@code
 * resource()}, ADX {@code cluster()}/{@code database()}) are rejected (error), and a scan of every
 * table ({@code search} without {@code in}, {@code union *}) is flagged (warning).
 */
public final class NrtRestrictions {

  private static final Set<String> CROSS_RESOURCE =
      Set.of("workspace", "app", "resource", "cluster", "database", "adx");

  private NrtRestrictions() {}

  /** The findings for one rule (none unless it is NRT). */
  public static List<Diagnostic> check(AnalyticRule rule, AnalysedQuery query) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (rule.kind() != RuleKind.NRT) {
      return diagnostics;
    }
    SyntaxWalk.visit(
        query.query(),
        node -> {
          if (node instanceof FunctionCall
              && CROSS_RESOURCE.contains(((FunctionCall) node).name())) {
            diagnostics.add(
                Diagnostic.error(
                    RuleCodes.NRT_RESTRICTION,
                    "NRT rules cannot query other resources ('"
                        + ((FunctionCall) node).name()
                        + "()')",
                    query.sourceMap().map(node.span().start(), node.span().end())));
          } else if (scansEverything(node)) {
            diagnostics.add(
                Diagnostic.warning(
                    RuleCodes.NRT_RESTRICTION,
                    "NRT rules should name their tables; this scans every table each minute",
                    query.sourceMap().map(node.span().start(), node.span().end())));
          }
        });
    return diagnostics;
  }

  private static boolean scansEverything(Object node) {
    if (node instanceof SearchOperator) {
      return ((SearchOperator) node).tables().isEmpty();
    }
    if (node instanceof UnionOperator) {
      return ((UnionOperator) node)
          .tables().stream()
              .anyMatch(
                  table ->
                      table instanceof NameReference
                          && ((NameReference) table).name().contains("*"));
    }
    return false;
  }
}
