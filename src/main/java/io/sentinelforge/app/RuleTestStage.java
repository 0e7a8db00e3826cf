package io.sentinelforge.app;

import java.nio.file.Path;

/**
 * The rule-test stage of {@code build}, run between validation and rendering: a failing rule test
 * stops the build before anything is rendered.
 */
@FunctionalInterface
public interface RuleTestStage {

  /** Runs the rule tests ({@code *.tests.yaml}) under {@code contentFolder}. */
  StageOutcome run(Path contentFolder);

  /** The stage used until rule tests are wired in: it runs nothing and passes. */
  RuleTestStage NONE = contentFolder -> StageOutcome.passed();
}
