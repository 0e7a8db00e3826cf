package io.sentinelforge.verify;

import io.sentinelforge.verify.spec.TestCase;

/** A case offered to the {@code --filter}: its rule and test file and the case itself. */
public record CaseSelector(RuleTests subject, TestCase testCase) {

  /** {@code <rule file> › <case name>}, the text the filter matches. */
  public String qualifiedName() {
    String rule =
        subject.rule() != null
            ? subject.rule().file()
            : subject.tests().rulePath().getFileName().toString();
    return rule + " › " + testCase.name();
  }
}
