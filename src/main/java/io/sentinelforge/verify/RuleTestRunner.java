package io.sentinelforge.verify;

import io.sentinelforge.verify.spec.TestCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the cases of many rule test files, in parallel (cases share nothing), and returns the
 * results in file and case order.
 */
public final class RuleTestRunner {

  private final CaseRunner cases;
  private final int parallelism;

  /** A runner over {@code runner} using up to {@code parallelism} threads. */
  public RuleTestRunner(QueryRunner runner, int parallelism) {
    this.cases = new CaseRunner(runner);
    this.parallelism = Math.max(1, parallelism);
  }

  /**
   * Runs every case that {@code filter} accepts.
   *
   * @param defaultAt the run time for cases without {@code at}
   * @param atOverride when not null, the run time of every case (to check tests do not go stale)
   * @param progress called once per finished case (from worker threads)
   */
  public List<CaseResult> run(
      List<RuleTests> subjects,
      Predicate<CaseSelector> filter,
      Instant defaultAt,
      Instant atOverride,
      Consumer<CaseResult> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, RuleTestRunner::daemon);
    try {
      List<Future<CaseResult>> futures = new ArrayList<>();
      for (RuleTests subject : subjects) {
        for (TestCase testCase : subject.tests().cases()) {
          if (!filter.test(new CaseSelector(subject, testCase))) {
            continue;
          }
          Instant at = atOverride != null ? atOverride : chooseAt(testCase, defaultAt);
          futures.add(
              pool.submit(
                  () -> {
                    CaseResult result = cases.run(subject, testCase, at);
                    progress.accept(result);
                    return result;
                  }));
        }
      }
      return collect(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Instant chooseAt(TestCase testCase, Instant defaultAt) {
    return testCase.at() != null ? testCase.at() : defaultAt;
  }

  private static List<CaseResult> collect(List<Future<CaseResult>> futures) {
    List<CaseResult> results = new ArrayList<>();
    for (Future<CaseResult> future : futures) {
      try {
        results.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running rule tests", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a rule test crashed: " + e.getCause(), e.getCause());
      }
    }
    return results;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "rule-test");
    thread.setDaemon(true);
    return thread;
  }
}
