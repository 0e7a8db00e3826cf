package io.sentinelforge.kql.lint;

import io.sentinelforge.kql.syntax.KqlDiagnostic;
import java.util.ArrayList;
import java.util.List;

/** The standard lint rules, run in order. */
public final class LintRules {

  private LintRules() {}

  /** Every lint rule Sentinel Forge ships. */
  public static List<LintRule> standard() {
    return List.of(
        new ContainsWhereHasWouldDo(),
        new ScheduledQueryWithoutTimeFilter(),
        new SearchOrUnionStar(),
        new JoinWithoutKind());
  }

  /** Runs all standard rules. */
  public static List<KqlDiagnostic> check(LintSubject subject) {
    List<KqlDiagnostic> findings = new ArrayList<>();
    for (LintRule rule : standard()) {
      findings.addAll(rule.check(subject));
    }
    return findings;
  }
}
