package io.sentinelforge.app;

import io.sentinelforge.eval.conformance.CaseOutcome;
import io.sentinelforge.eval.conformance.ConformanceCase;
import io.sentinelforge.eval.conformance.ConformanceReader;
import io.sentinelforge.eval.conformance.ConformanceRunner;
import io.sentinelforge.eval.load.DataLoadException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code kql eval --conformance}: reads the cases and runs each, reporting outcomes as they come.
 */
public final class ConformanceService {

  private ConformanceService() {}

  /** Runs all cases; {@code progress} sees each outcome as soon as it is known. */
  public static ConformanceReport run(ConformanceRequest request, Consumer<CaseOutcome> progress) {
    List<ConformanceCase> cases;
    try {
      cases = ConformanceReader.read(request.file());
    } catch (DataLoadException unreadable) {
      return new ConformanceReport(List.of(), unreadable.diagnostic());
    }
    List<CaseOutcome> outcomes = new ArrayList<>();
    for (ConformanceCase testCase : cases) {
      CaseOutcome outcome = ConformanceRunner.run(testCase);
      outcomes.add(outcome);
      progress.accept(outcome);
    }
    return new ConformanceReport(outcomes, null);
  }
}
