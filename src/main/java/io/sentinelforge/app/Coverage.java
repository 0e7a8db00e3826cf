package io.sentinelforge.app;

import io.sentinelforge.content.ContentItem;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.verify.RuleCoverage;
import io.sentinelforge.verify.RuleTests;
import io.sentinelforge.verify.spec.TestCase;
import io.sentinelforge.verify.spec.TestCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many cases each rule and hunting query has; with a minimum, rules below it are TST020 errors
 * (the {@code --min-cases} gate).
 */
record Coverage(List<RuleCoverage> rules, List<Diagnostic> diagnostics) {

  static Coverage of(List<ContentItem> items, List<RuleTests> subjects, int minCases) {
    Map<Path, List<TestCase>> casesByRule = new HashMap<>();
    for (RuleTests subject : subjects) {
      casesByRule
          .computeIfAbsent(TestService.key(subject.tests().rulePath()), path -> new ArrayList<>())
          .addAll(subject.tests().cases());
    }
    List<RuleCoverage> rules = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (ContentItem item : items) {
      List<TestCase> cases =
          casesByRule.getOrDefault(TestService.key(item.source().path()), List.of());
      int fire = (int) cases.stream().filter(c -> c.expect().expectsFiring()).count();
      RuleCoverage rule =
          new RuleCoverage(item.source().file(), cases.size(), fire, cases.size() - fire);
      rules.add(rule);
      if (rule.cases() < minCases) {
        diagnostics.add(
            Diagnostic.error(
                TestCodes.TOO_FEW_CASES,
                "has "
                    + rule.cases()
                    + " test cases; at least "
                    + minCases
                    + " required (--min-cases / tests.minCases)",
                SourceSpan.ofFile(item.source().file())));
      }
    }
    return new Coverage(rules, diagnostics);
  }
}
